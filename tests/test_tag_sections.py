"""A tag header that holds its own items ("Tags: Freeride, Skitour") owns
only more tag lines under it: the next article's headline and dateline
are not its members."""

import datetime as dt

from article import BODY, TITLE, page

from newsclean import clean
from newsclean.labels import Label

MENU = ["• Home", "• Shop", "• Blog", "• Contact"]


def _labels(art):
    return {b.text: b.label for b in art.blocks}


def test_headline_and_dateline_under_an_inline_tag_line():
    head = "Inside the harbour bridge debate"
    art = clean(page(*MENU, "Tags: Harbour, Council", head, "Jane Doe, 01.12.2021", *BODY))
    labels = _labels(art)
    assert labels["Tags: Harbour, Council"] is Label.TAGS
    assert labels["Jane Doe, 01.12.2021"] is Label.BYLINE  # not the tag line's member
    assert art.title == head
    assert art.authors == ("Jane Doe",)
    assert art.published is not None and art.published.date() == dt.date(2021, 12, 1)
    assert art.body == "\n\n".join(BODY)


def test_more_tags_under_an_inline_tag_line_are_its():
    art = clean(page(TITLE, *BODY, "Tags: Harbour, Council", "Bridges · Ferries · Cycling", "• Home", "• Contact"))
    labels = _labels(art)
    assert labels["Bridges · Ferries · Cycling"] is Label.TAGS
    assert art.body == "\n\n".join(BODY)


def test_a_tag_header_alone_owns_the_tags_under_it():
    art = clean(page(TITLE, *BODY, "Tags:", "Harbour", "Council", "Bridges"))
    labels = _labels(art)
    assert all(labels[t] is Label.TAGS for t in ("Harbour", "Council", "Bridges"))
    assert art.body == "\n\n".join(BODY)
