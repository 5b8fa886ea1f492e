"""A teaser card's gap (a picture's file name or placeholder, a domain, a
date) is a wall the article does not cross -- unless it stands between two
texts of several paragraphs and holds no date: a picture inside a long
article (a listicle's entry "[Booking]" / "Booking.com" / "#8: Booking.com").
Pictures alone, not a list's items, are the article's figures: no card."""

import pytest

from newsclean import Label, clean


def page(*parts):
    return "\n\n".join(parts)


HEADLINE = "The three best sites for finding cheap flights this winter"
INTRO = [
    "We searched for the same flights on a dozen booking sites every week for three months, from short hops between cities to long trips across the ocean.",
    "Prices changed from one day to the next, and the cheapest site for a weekend in Rome was rarely the cheapest for a week in New York, so we scored each site on every trip.",
]
# each entry in its own words, as a listicle's are: the story's words do
# not carry the article across the picture
ENTRY_3 = [
    "Agoda grew out of a hotel business in Singapore and still shows its roots: rooms in Asia appear beside every itinerary it offers.",
    "Its weak spot was the last minute, when its prices were often higher than those quoted by the airlines themselves.",
]
ENTRY_2 = [
    "Booking.com is better known for lodgings, but its search was quick and it listed baggage fees before the checkout page.",
    "It won a third of our comparisons, more often on short hops between European capitals than on journeys over the Atlantic.",
    "We liked that it never hid a layover behind a small icon, as two rivals did on most of our searches.",
]
FOOTER = ["Privacy policy", "© 2025 The Example Traveller"]


def test_a_picture_between_the_entries_of_a_long_article_is_crossed():
    gap = ["[Booking]", "Booking.com", "#2: Booking.com", "OTA"]
    art = clean(page("Home", "Travel", HEADLINE, *INTRO, "[Agoda]", "Agoda.com", "#3: Agoda.com", *ENTRY_3, *gap, *ENTRY_2, *FOOTER))
    body = list(art.paragraphs)
    for para in INTRO + ENTRY_3 + ENTRY_2:
        assert para in body


def test_a_dated_gap_between_two_posts_is_still_a_wall():
    # two posts of a blog's front page: the date under the picture starts the next one
    other_post = [
        "The museum reopened its east wing on Saturday after two years of repairs to the roof and the old glass ceiling over the main hall.",
        "Visitors queued in the rain for an hour to see the paintings that had been stored in the basement while the builders worked upstairs.",
    ]
    gap = ["[museum-hall.jpg]", "March 3, 2024", "example.com"]
    art = clean(page("Home", HEADLINE, "March 9, 2024", *INTRO, *ENTRY_2, *gap, *other_post, *FOOTER))
    labels = {b.text: b.label for b in art.blocks}
    assert all(labels[p] is Label.BODY for p in INTRO + ENTRY_2)
    assert all(labels[p] is not Label.BODY for p in other_post)


def test_cards_of_one_paragraph_teasers_stay_walls():
    teasers = []
    for k, (site, summary) in enumerate(
        [
            (
                "example.com",
                "The museum reopened its east wing on Saturday after two years of repairs to the roof and the old glass "
                "ceiling, and visitors queued in the rain for an hour to see the paintings that had been stored in the "
                "basement while the builders worked upstairs.",
            ),
            (
                "example.org",
                "Fishermen say the season is already lost after a storm closed the harbour for a week and tore their nets "
                "apart, and the coast guard has warned sailors to stay ashore until the wind drops below gale force over "
                "the coming weekend.",
            ),
            (
                "example.net",
                "The school board voted to start classes an hour later from next autumn, after a year of complaints by "
                "parents whose children had to wait for the first bus in the dark, and teachers will be asked to stay an "
                "hour longer in the afternoon.",
            ),
        ]
    ):
        teasers += [f"[teaser-{k}.jpg]", site, summary]
    art = clean(page("Home", HEADLINE, *INTRO, *ENTRY_2, *teasers, *FOOTER))
    assert all(t not in art.paragraphs for t in teasers)
    assert all(p in art.paragraphs for p in INTRO + ENTRY_2)


@pytest.mark.parametrize("bullet", ["• ", "□ ", "* ", "+ "])  # w3m's list items, and lynx's
def test_a_bulleted_gap_is_a_card_wall_in_either_dump(bullet):
    other_post = [
        "The museum reopened its east wing on Saturday after two years of repairs to the roof and the old glass ceiling over the main hall.",
        "Visitors queued in the rain for an hour to see the paintings that had been stored in the basement while the builders worked upstairs.",
    ]
    gap = [f"{bullet}museum-hall.jpg", f"{bullet}March 3, 2024", f"{bullet}example.com"]
    art = clean(page("Home", HEADLINE, "March 9, 2024", *INTRO, *ENTRY_2, *gap, *other_post, *FOOTER))
    labels = {b.text: b.label for b in art.blocks}
    assert all(labels[p] is Label.BODY for p in INTRO + ENTRY_2)
    assert all(labels[p] is not Label.BODY for p in other_post)


def test_figures_alone_inside_an_article_are_no_card_wall():
    """Two figures' file names between paragraphs of one text (a technical
    article's "[Fig14a.jpg]" / "[Fig14b.gif]"), with only a short paragraph and
    a subheading after them: pictures alone are no teaser card."""
    after = [
        "Agoda grew out of a hotel business in Singapore and still shows its roots in every itinerary.",
        "Part Four: Fees",
        *ENTRY_2,
    ]
    art = clean(page("Home", "Travel", HEADLINE, *INTRO, *ENTRY_3, "[fig-14a.jpg]", "[fig-14b.gif]", *after, *FOOTER))
    for para in INTRO + ENTRY_3 + ENTRY_2 + after[:1]:
        assert para in art.paragraphs


@pytest.mark.parametrize("bullet, card", [("• ", True), ("* ", True), ("", False)])
def test_a_row_of_bulleted_thumbnails_is_still_a_card(bullet, card):
    """The same gap as above, the pictures a list's items (w3m's and lynx's
    bullets): a strip of thumbnails linking to other stories is a card's
    gap; the same pictures unbulleted are the article's figures."""
    from newsclean.core import DEFAULT_CONFIG, _article, segment

    after = ["Agoda grew out of a hotel business in Singapore and still shows its roots in every itinerary.",
             "Part Four: Fees", *ENTRY_2]
    gap = [f"{bullet}[fig-14a.jpg]", f"{bullet}[fig-14b.gif]"]
    items, _, _, _ = _article(segment(page("Home", HEADLINE, *INTRO, *ENTRY_3, *gap, *after, *FOOTER)), DEFAULT_CONFIG)
    assert [it.card for it in items if "fig-14" in it.text] == [card, card]
