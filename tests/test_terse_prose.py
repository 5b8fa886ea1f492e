"""A closed, capitalised sentence of fifteen words or more is prose even
with few function words: the terse style of product news, results, recipes
and market reports (newsclean.classify, TERSE_MIN_WORDS)."""

import pytest

from newsclean import clean
from newsclean.classify import analyse
from newsclean.config import DEFAULT_CONFIG
from newsclean.item import Prose
from newsclean.segment import segment

from article import BODY, TITLE, page

TERSE = [
    "Version 3.2 adds dark mode, faster search, offline maps and better battery use on older phones.",
    "Shares of regional banks fell sharply after weaker quarterly results and lower interest income forecasts.",
    "Quarterly revenue rose eight percent to 4.1 billion dollars, beating analyst estimates by a wide margin.",
    "Fresh basil, ripe tomatoes, good olive oil, sea salt and crusty bread make this simple summer lunch.",
    # names capitalised, the rest in sentence case
    "Second-half goals from Silva and Okafor gave United a deserved win over ten-man Rovers on Saturday.",
]


def _prose(*lines: str) -> dict[str, Prose]:
    items, _ = analyse(segment(page(*BODY, *lines)), DEFAULT_CONFIG)
    return {it.text: it.prose for it in items}


@pytest.mark.parametrize("sentence", TERSE)
def test_a_terse_sentence_of_fifteen_words_is_prose(sentence):
    assert _prose(sentence)[sentence] is Prose.NEAR


@pytest.mark.parametrize(
    "line",
    [
        # shorter than fifteen words: a teaser's or a caption's line
        "Shares of regional banks fell sharply after weaker quarterly results.",
        # no closing mark: a list of features, a link's text
        "Version 3.2 adds dark mode, faster search, offline maps and better battery use on older phones",
        # a menu run together
        "Home News Sport Business Culture Weather Travel Money Opinion Video Podcasts Newsletters Events Jobs Shop",
    ],
)
def test_other_terse_lines_are_not(line):
    assert _prose(line)[line] not in (Prose.GOOD, Prose.NEAR)


def test_the_terse_paragraphs_that_close_an_article_are_kept():
    closing = [TERSE[2], TERSE[0]]
    art = clean(page("Home", "News", "Sport", TITLE, *BODY, *closing, "Related", "© 2024 Harbour News"))
    assert set(closing) <= set(art.paragraphs)
