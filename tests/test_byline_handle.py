"""A byline that names its author by one word: a blog's handle or a first name."""

import pytest

from newsclean import clean
from newsclean.names import byline_handle
from newsclean.stoplists import stoplist

STOPS = stoplist("en") | stoplist("de") | stoplist("fr")


def _refused(word):
    return word in STOPS


@pytest.mark.parametrize(
    ("line", "handle"),
    [
        ("by whova | Apr 21, 2025", "whova"),
        ("Posted on July 1, 2024 by infuy", "infuy"),
        ("Dezember 10, 2019 · von freeman1984 · in Uncategorized", "freeman1984"),
        ("12/04/2020 by Kay 24 Comments", "Kay"),
        ("par jdupont — 3 mars 2021", "jdupont"),
        ("by ibby", "ibby"),
        # a colon after the byline's word, or an author's label and its colon
        ("Verfasst von: jdoe | 31. Dezember 2008", "jdoe"),
        ("written by: kay", "kay"),
        ("Autor: acme.pl", "acme.pl"),
        ("Author: jdoe", "jdoe"),
        ("Autorin: jdoe · 3. Mai 2021", "jdoe"),
    ],
)
def test_one_word_after_a_bylines_by(line, handle):
    assert byline_handle(line, _refused) == handle


@pytest.mark.parametrize(
    "line",
    [
        "Killed by police on Monday, 3 May 2024",  # more words follow
        "Prices rose by 5 percent in 2023",  # a number, no word
        "By the way, the vote is on June 4",  # a stopword
        "Stand by me",  # too short for a handle
        "Updated May 2, 2024 by May",  # a stopword of its language, like a month
        "Read more by category | Archives",  # a site word
        "Posted on July 1, 2024",  # no "by"
        "Nearby: the harbour, 2 km",  # "by" inside a word
        "Author jdoe",  # an author's label names its author after a colon
        "Romana von Mengershausen20. November 2018",  # a name's particle and a date glued to the name
        "The author: a sailor since 1990",  # a stopword
    ],
)
def test_no_handle(line):
    assert byline_handle(line, _refused) is None


def _page(byline):
    return (
        "Home | News | Blog\n\n"
        "Harbour cleanup volunteers pull two tonnes of plastic from the bay\n\n"
        f"{byline}\n\n"
        "Volunteers from three neighbourhood groups spent Saturday morning hauling fishing nets, bottles and "
        "packaging from the shallow water near the old ferry pier, the organisers said.\n\n"
        "The council will publish the weight of each kind of waste next month, and the groups plan to return "
        "to the same stretch of shore in the autumn when the tides are lower.\n\n"
        "Residents who want to join the next cleanup can sign up at the community centre on Harbour Street.\n"
    )


def test_a_blog_byline_with_a_handle_gives_the_author():
    assert clean(_page("by whova | Apr 21, 2025")).authors == ("whova",)
    assert clean(_page("Posted on April 21, 2025 by infuy")).authors == ("infuy",)


def test_a_named_byline_is_read_as_before():
    assert clean(_page("By Jane Doe | Apr 21, 2025")).authors == ("Jane Doe",)


def test_a_word_of_the_article_is_no_handle():
    # "shore" is a word the article writes in lower case: no author
    assert clean(_page("Posted on April 21, 2025 by shore")).authors == ()


_MENU = "".join(
    f"• Menu item {w}\n\n"
    for w in (
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
        "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau",
    )
)


def test_a_handle_byline_wins_over_a_capitalised_line_beside_the_date():
    # "Friday Philosophy" (a column's name) stands next to the dateline as a
    # name would; the byline's "by" names the author
    page = _page("Friday Philosophy\n\nApril 21, 2025\n\nby jdoe")
    assert clean(page).authors == ("jdoe",)


def test_a_handle_byline_far_below_the_headline_gives_the_author():
    # twenty menu items between the headline and the byline: outside the
    # headline's head, but the byline of the article all the same
    page = _page("Harbour news").replace("Harbour news\n\n", _MENU + "Verfasst von: jdoe | 21. April 2025\n\n")
    article = clean(page)
    assert article.title == "Harbour cleanup volunteers pull two tonnes of plastic from the bay"
    assert article.authors == ("jdoe",)


@pytest.mark.parametrize(
    "row",
    [
        "March 3, 2021 · by kaybee42 · in General · Leave a comment",
        "Dezember 10, 2019 · von freeman1984 · in Allgemein · Hinterlasse einen Kommentar",
        "21/04/2025 | par jdupont | Actualités | 3 commentaires",
    ],
)
def test_a_handle_in_a_row_of_post_facts_gives_the_author(row):
    # the row is too long for a dateline; its "by" still names the writer
    handle = row.split(" · ")[1].split()[-1] if " · " in row else "jdupont"
    assert clean(_page(row)).authors == (handle,)


def test_a_handle_the_article_prints_only_in_web_addresses_is_no_common_word():
    # the blog's address spells the handle in lower case; the article never
    # uses it as a word of its own
    page = _page("Posted on April 21, 2025 by harbourwatch").replace(
        "Residents who want",
        "Last year's report is at https://harbourwatch.example.org/2024/05/cleanup-report/ and www.harbourwatch.example. "
        "Residents who want",
    )
    assert clean(page).authors == ("harbourwatch",)
    # printed as a word of the article's prose, it is one
    page = page.replace("Residents who want", "Every harbourwatch volunteer helped. Residents who want")
    assert clean(page).authors == ()
