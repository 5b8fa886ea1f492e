"""An article interrupted by a widget goes on after it when the prose
beyond shares its story's words (lexical cohesion); other prose does not."""

from newsclean import Label, clean
from newsclean.cohesion import Vocabulary

HEADLINE = "Council approves the new budget for buses and schools"
CORE = [
    "The city council approved the new budget on Tuesday after a debate about buses and schools that lasted most of the night in the old town hall.",
    "The budget raises spending on schools and on the bus network, and the council cuts the money it had set aside for new roads in the northern districts.",
    "Councillors who opposed the budget said the council had not explained how the city would pay for the new bus lines once the grant from the region runs out.",
    "The mayor answered that the bus lines would pay for themselves within ten years, and that the schools could not wait for the roads to be finished first.",
]
# a video player, a calculator's credit, an ad slot and a share bar, as a page
# dumps them into the middle of the story
INTERRUPTION = [
    "Video", "00:45 / 02:10", "Watch more", "Powered by CalcTool", "Advertisement", "Share this:",
    "Facebook", "Twitter", "Email", "Print",
]
GOES_ON = [
    "Parents at the meeting welcomed the budget for schools and asked the council when the new buses would reach the northern districts.",
    "The council will vote on the timetable for the bus lines in March, the mayor said.",
]
OTHER_STORY = [
    "A storm closed the harbour for a week and fishermen say the season is already lost after the nets were torn apart by the waves on Friday.",
    "The coast guard warned sailors to stay ashore until the wind drops below gale force over the weekend, as forecasters expect.",
]
FOOTER = ["Privacy policy", "© 2024 The Example Times"]


def page(*parts):
    return "\n\n".join(parts)


def labels(article, texts):
    found = {b.text: b.label for b in article.blocks}
    return [found.get(t) for t in texts]


def test_the_story_goes_on_after_a_widget():
    article = clean(page(HEADLINE, *CORE, *INTERRUPTION, *GOES_ON, *FOOTER))
    assert labels(article, CORE + GOES_ON) == [Label.BODY] * 6
    assert article.paragraphs[-1] == GOES_ON[-1]
    # the interrupting blocks keep their own labels
    assert labels(article, ["Powered by CalcTool", "Facebook"]) != [Label.BODY, Label.BODY]


def test_another_story_after_the_widget_stays_out():
    article = clean(page(HEADLINE, *CORE, *INTERRUPTION, *OTHER_STORY, *FOOTER))
    assert labels(article, CORE) == [Label.BODY] * 4
    assert Label.BODY not in labels(article, OTHER_STORY)


def test_a_footer_is_never_crossed():
    article = clean(page(HEADLINE, *CORE, "Privacy policy", "© 2024 The Example Times", *GOES_ON))
    assert Label.BODY not in labels(article, GOES_ON)


def test_content_words_leave_out_stopwords_and_numbers():
    vocab = Vocabulary("en", [])
    assert vocab.content_words("The 3 buses of the harbour, and the schools.") == {"buses", "harbour", "schools"}
    de = Vocabulary("de", [])
    assert de.content_words("Der Rat und die Schulen") == {"rat", "schulen"}


POST = "The first light over the harbour this morning, taken from the old fort above the river. The fishing boats were already heading out when the fog lifted."
TEASERS = [
    "A weekend in Porto: the bridges, the wine cellars and the little cafes by the river that we liked most on our trip last spring.",
    "How to pack a camera bag for a week of walking in the mountains without carrying more than you need on the steep paths.",
    "Ten things to eat in Madrid before you leave, from churros at dawn to the long lunches that the city is famous for.",
    "The best beaches of the Algarve for families, with notes on parking, shade, food and how crowded they get in August.",
]


def test_a_short_post_beats_a_list_of_teasers_under_its_header():
    # each teaser is a story of its own: no content word of one in another
    article = clean(page("Home", "Photos", "Sunrise over the harbour in Lisbon", "Posted by Ana Costa on 3 May 2024",
                         POST, "Recent posts", *TEASERS, *FOOTER))
    assert list(article.paragraphs) == [POST]
    assert Label.BODY not in labels(article, TEASERS)


def test_the_story_under_a_related_header_stays_the_article():
    # an article's paragraphs share their names and nouns: no list of teasers
    article = clean(page(HEADLINE, "Related stories", *CORE, *FOOTER))
    assert labels(article, CORE) == [Label.BODY] * 4


SCHOOLS = ["Harbour College", "Northfield Institute", "Lakeside School of Business", "Westbrook University"]
SUMMARIES = [
    "Harbour College keeps its place at the top thanks to small classes and a strong network of former students in finance.",
    "Northfield moved up two places this year after it opened a new campus and doubled the size of its entrepreneurship program.",
    "Lakeside is known for its work with family companies, and its graduates often return to run the business they grew up in.",
    "Westbrook has the largest program of the four, with evening classes that let most of its students keep working full time.",
]


def _entry(k: int) -> list[str]:
    facts = [f"• Average score: {700 + k}", f"• Acceptance rate: {10 + k}%", f"• Class size: {400 + k}",
             f"• Tuition: ${60 + k},000", f"• Median salary: ${150 + k},000", f"• Location: City {k}"]
    return [f"{k}. {SCHOOLS[k - 1]}", SUMMARIES[k - 1], *facts]


def test_a_listicle_is_followed_while_its_numbering_goes_on():
    intro = [
        "Every year we rank the business schools by what their graduates earn, how hard it is to get in and what students say about them.",
        "This year's list has few surprises at the top, but several schools moved up after they changed how they admit students.",
    ]
    most_read = ["Most read", "1. Stocks fall as rates rise", "2. The best cheap laptops", "3. Why rents keep going up"]
    text = page("The best business schools of 2024", *intro, *[b for k in range(1, 5) for b in _entry(k)], *most_read, *FOOTER)
    article = clean(text)
    assert labels(article, SUMMARIES) == [Label.BODY] * 4
    assert Label.BODY not in labels(article, most_read[1:])


def test_a_listicle_entry_whose_paragraph_reads_as_a_list_does_not_end_the_article():
    # an entry's paragraph of twenty words and more, written as a list
    # (few function words, no full stop): still the entry's paragraph, not a headline
    terse = ("LSB (Lakeside School of Business) gathers founders, investors, family companies, bankers, researchers "
             "exploring supply chains, private equity, data analytics, accounting, sustainable management")
    entries = [_entry(1), _entry(2), [_entry(3)[0], terse, *_entry(3)[2:]], _entry(4)]
    intro = [
        "Every year we rank the business schools by what their graduates earn, how hard it is to get in and what students say about them.",
        "This year's list has few surprises at the top, but several schools moved up after they changed how they admit students.",
    ]
    text = page("The best business schools of 2024", *intro, *[b for e in entries for b in e], *FOOTER)
    article = clean(text)
    assert labels(article, [SUMMARIES[0], SUMMARIES[1], SUMMARIES[3]]) == [Label.BODY] * 3


PLAGUE_HEADLINE = "Third case of plague confirmed in the north of the country"
PLAGUE_CORE = [
    "Health authorities in the northern province have confirmed a third case of plague, a farmer who had hunted wild marmots near his village last week.",
    "Two contractors who worked at the same farm caught the pneumonic form of the plague earlier this month and are being treated in the capital's hospital.",
    "Doctors have placed twenty-eight people who met the farmer under observation, and none of them has shown any sign of the disease so far.",
]
RELATED_BOX = [
    "Related articles",
    "* Mosquito swarms expected to reach the coast this summer",
    "* Scientists find a new species of frog in the rainforest",
]
# each of these shares two of the story's words, too few alone; together
# they share more
STORY_GOES_ON = [
    "Of the three forms of plague, the pneumonic one is the most dangerous.",
    "The pneumonic plague spreads through the air when a sick person coughs.",
    "Marmots and their fleas carry the bacterium in the hills of the province.",
]


def test_short_paragraphs_after_a_related_box_are_weighed_as_one_run():
    article = clean(page(PLAGUE_HEADLINE, *PLAGUE_CORE, *RELATED_BOX, *STORY_GOES_ON, *FOOTER))
    assert labels(article, PLAGUE_CORE + STORY_GOES_ON) == [Label.BODY] * 6
    assert Label.BODY not in labels(article, RELATED_BOX[1:])


def test_a_run_of_other_stories_after_a_related_box_stays_out():
    other = [
        "The council voted to close the old harbour bridge to cars on Tuesday.",
        "A new bakery opened in the market square and sold out by noon.",
        "The football club signed a young goalkeeper from the second division.",
    ]
    article = clean(page(PLAGUE_HEADLINE, *PLAGUE_CORE, *RELATED_BOX, *other, *FOOTER))
    assert labels(article, PLAGUE_CORE) == [Label.BODY] * 3
    assert Label.BODY not in labels(article, other)


CLOSING = [
    "How to read rankings",
    "Rankings measure what is easy to count: salaries, test scores and the share of applicants a school turns away each year, "
    "and they say much less about the teaching, the people you will meet or the city you will live in for two years.",
    "Before you apply, visit the schools that interest you, sit in on a class and talk to students who are there now, "
    "because the school that fits you best may be one that stands lower on every list you have read this year.",
    "Finally, remember that the lists change every year, and a school that falls five places has rarely changed at all: "
    "the people who write the rankings change their methods more often than the schools change their programs.",
]


def test_a_listicle_above_the_closing_sections_is_the_articles():
    # the entries cost more than their paragraphs bring, and the closing
    # sections win the span alone; the list numbered 1 to 4 right above them
    # is the article's
    text = page("The best business schools of 2024", *[b for k in range(1, 5) for b in _entry(k)], *CLOSING, *FOOTER)
    article = clean(text)
    assert labels(article, SUMMARIES) == [Label.BODY] * 4
    assert labels(article, CLOSING[1:]) == [Label.BODY] * 3


def test_a_list_that_does_not_count_down_to_one_stays_out():
    # entries 3 and 4 only (the page's first entries elsewhere), and a most-read list of headlines
    entries = [b for k in (3, 4) for b in _entry(k)]
    most_read = ["Most read", "1. Stocks fall as rates rise", "2. The best cheap laptops", "3. Why rents keep going up"]
    for above in (entries, most_read):
        article = clean(page("The best business schools of 2024", *above, *CLOSING, *FOOTER))
        assert Label.BODY not in labels(article, [t for t in above if not t.startswith("•")][:2])


# three short paragraphs of the story, each with words of its own (the
# shape of a list of teasers), right under a box of two bulleted links
BETWEEN_BOX_AND_STORY = [
    "Many villagers now wear masks outdoors.",
    "The ministry accused hunters of ignoring warnings about marmots.",
    "Officials in the province have closed three markets selling game meat.",
]


def test_prose_without_a_bullet_after_a_bulleted_box_goes_on_with_the_story():
    article = clean(page(
        PLAGUE_HEADLINE, PLAGUE_CORE[0], *RELATED_BOX, *BETWEEN_BOX_AND_STORY, *PLAGUE_CORE[1:], *FOOTER
    ))
    assert labels(article, BETWEEN_BOX_AND_STORY) == [Label.BODY] * 3
    assert Label.BODY not in labels(article, RELATED_BOX)


def test_teasers_under_a_bulleted_kicker_stay_the_boxs():
    # a box whose items are a bulleted section name and an unbulleted
    # teaser: prose under it is still the box's
    box = [
        "More from the Example Times",
        "• Health",
        "Mosquito swarms expected to reach the coast this summer",
        "Swarms of mosquitoes will reach the coast in July, entomologists say.",
        "• Science",
        "Scientists find a new species of frog in the rainforest",
        "A frog no larger than a coin was found by students on a field trip.",
        "• Sport",
        "Football club signs a young goalkeeper",
        "The club paid a record fee for a goalkeeper from the second division.",
    ]
    article = clean(page(PLAGUE_HEADLINE, *PLAGUE_CORE, *box, *FOOTER))
    assert labels(article, PLAGUE_CORE) == [Label.BODY] * 3
    assert Label.BODY not in labels(article, box)


EVENTS = ["Harbour Tech Summit", "Northfield Data Days", "Lakeside Security Forum", "Westbrook Founders Week",
          "Riverside Cloud Conference"]
_MORE = " It is also one of the few events where the talks are recorded and put online for free a few weeks after the last day."
EVENT_SUMMARIES = [
    "The summit brings together engineers and founders for three days of talks about the tools they build every day." + _MORE,
    "Data Days is where analysts meet the people who run their pipelines, with workshops that fill up within hours." + _MORE,
    "The forum is the security world's quietest event: no vendor booths, only researchers and the bugs they found." + _MORE,
    "Founders Week mixes keynotes with long dinners, and most of the deals people talk about later start at the tables." + _MORE,
    "The conference closes the season with a week of sessions on running large systems without waking anyone." + _MORE,
]


def _event(k: int) -> list[str]:
    # a teaser card's parts between the entries: a link with its domain, a
    # picture's file name, the next heading, a date
    return [f"{k}. {EVENTS[k - 1]}", f"Date: {k + 10} March 2026", f"Location: City {k}", EVENT_SUMMARIES[k - 1],
            f"Registration: https://tickets.example{k}.com/", f"[event-photo-{k}.jpg]"]


def test_a_listicle_is_followed_through_its_entries_rows_of_facts():
    intro = [
        "These are the technology conferences worth the trip this year, chosen by our editors after a season of travel.",
        "Each entry gives the dates, the city and what to expect, with a link to register while tickets are still left.",
    ]
    text = page("The best tech conferences of 2026", *intro, *[b for k in range(1, 6) for b in _event(k)], *FOOTER)
    article = clean(text)
    assert labels(article, EVENT_SUMMARIES) == [Label.BODY] * 5
