"""A long paragraph that a family of words an article may share claims
("subscription", "free trial"), right under the article's byline or
dateline, is the article's first paragraph, not an appeal."""

from article import BODY, TITLE, page

from newsclean import clean
from newsclean.labels import Label

FIRST = (
    "When a few readers said they could not afford the magazine, I remembered my own student years, so "
    "since then I have been giving a one year digital subscription plan to every student who wrote to us."
)


def _label(art, text):
    return next(b.label for b in art.blocks if b.text == text)


def test_a_first_paragraph_about_subscriptions_under_the_byline():
    art = clean(page(TITLE, "By Jane Doe, 14 November 2010", FIRST, *BODY))
    assert _label(art, FIRST) is Label.BODY
    assert art.paragraphs[0] == FIRST
    assert art.body == "\n\n".join([FIRST, *BODY])


def test_under_a_dateline():
    art = clean(page(TITLE, "14 November 2010", FIRST, *BODY))
    assert art.paragraphs[0] == FIRST


def test_a_short_pitch_under_the_byline_stays_an_appeal():
    pitch = "Subscribe now for unlimited digital access. Cancel anytime."
    art = clean(page(TITLE, "By Jane Doe, 14 November 2010", pitch, *BODY))
    assert _label(art, pitch) is Label.APPEAL
    assert art.body == "\n\n".join(BODY)


def test_a_long_pitch_after_the_article_stays_an_appeal():
    pitch = (
        "Already a subscriber? Sign in. Not yet? Start your free trial today and get unlimited digital access "
        "to every story, our newsletters and the daily puzzle, and cancel anytime you like from your account page."
    )
    art = clean(page(TITLE, "By Jane Doe, 14 November 2010", *BODY, pitch, "• Home", "• Contact"))
    assert _label(art, pitch) is Label.APPEAL
