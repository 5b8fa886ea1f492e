"""A byline's credentials and one-word roles stay with the name they follow:
"By Jane Doe, MS, RD" names one author, not three."""

import pytest
from article import BODY, TITLE, page

from newsclean import clean
from newsclean.names import credential, split_names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jillian Kubala, MS, RD", ["Jillian Kubala, MS, RD"]),
        ("By Rebecca Lake, CEPF®", ["Rebecca Lake, CEPF®"]),
        ("By Michael Greger, M.D. FACLM", ["Michael Greger, M.D. FACLM"]),
        ("By Genevieve Carlton, Ph.D.", ["Genevieve Carlton, Ph.D."]),
        ("By John Roe, Jr.", ["John Roe, Jr."]),
        ("By Jane Doe, MA, and John Roe, PhD", ["Jane Doe, MA", "John Roe, PhD"]),
        # one capitalised word after a whole name: its role or outlet
        ("By Tracy Parker, Dietitian", ["Tracy Parker, Dietitian"]),
        ("By Jane Doe, Reuters", ["Jane Doe, Reuters"]),
    ],
)
def test_credentials_and_roles_stay_with_the_name(line, names):
    assert split_names(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Doe, John Roe and Mary Major", ["Jane Doe", "John Roe", "Mary Major"]),  # names of two words
        ("By Cher, Madonna", ["Cher", "Madonna"]),  # one-word names: no whole name before
        ("Von Anna Meier, dpa", ["Anna Meier"]),  # an agency in small letters is no name
        ("By Bob Roe, Phys.org", ["Bob Roe"]),  # a web address is none
        ("Von Anna Meier und Jan Roth", ["Anna Meier", "Jan Roth"]),
    ],
)
def test_other_parts_of_a_byline(line, names):
    assert split_names(line) == names


@pytest.mark.parametrize("part", ["MD", "M.D.", "Ph.D.", "PhD", "CFP®", "RD", " MS ", "M.D. FACLM"])
def test_credentials(part):
    assert credential(part)


@pytest.mark.parametrize("part", ["Md", "Do", "Reuters", "ms", "Staff Writer", "", "AP", "Ph.D. Student"])
def test_no_credentials(part):
    assert not credential(part)


def test_an_article_names_one_author_with_credentials():
    art = clean(page(TITLE, "By Jillian Kubala, MS, RD", *BODY))
    assert art.authors == ("Jillian Kubala, MS, RD",)


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("Ein Kommentar von", "Anna Schmidt"),
        ("Gastbeitrag von", "Jan Roth"),
        ("Une tribune de", "Claire Martin"),
        ("Article par", "Luc Bernard"),
        ("Una columna por", "Ana Ruiz"),
    ],
)
def test_a_genre_and_its_by_over_the_name(lead, name):
    # the byline on two lines: the genre's word and "von" / "par" / "por",
    # then the name
    art = clean(page(TITLE, lead, name, *BODY))
    assert art.authors == (name,)

