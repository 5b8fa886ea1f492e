"""The context pass on small pages written for the tests."""

import pytest

from growth import assert_linear
from newsclean import Label, clean

PARAS = [
    "The city council approved the new budget on Tuesday after a debate that lasted most of the night.",
    "The plan raises spending on schools and public transport, and it cuts the money set aside for roads.",
    "Opponents said the council had not explained how it would pay for the new bus lines in the long run.",
    "The mayor said the first changes would take effect in January, once the regional authority agrees.",
]


def page(*parts):
    return "\n\n".join(parts)


def labels_of(article, text):
    return [b.label for b in article.blocks if b.text == text]


def test_menu_headline_list_and_footer_stay_out():
    text = page(
        "Home\nNews\nSport\nWeather",
        "Council approves budget",
        *PARAS,
        "Related posts",
        "Storm closes the harbour for a week\nSchools reopen after the holidays\nNew bridge opens to traffic",
        "Privacy Policy",
        "© 2024 The Example Times",
    )
    art = clean(text)
    assert art.paragraphs == tuple(PARAS)
    assert art.title == "Council approves budget"
    assert labels_of(art, "Storm closes the harbour for a week") == [Label.RELATED]
    assert labels_of(art, "Home") == [Label.NAVIGATION]


def test_subheading_and_list_inside_the_article_are_body():
    text = page(PARAS[0], PARAS[1], "What changes next year", PARAS[2], "  • more buses at night\n  • cheaper tickets for students", PARAS[3])
    art = clean(text)
    assert "What changes next year" in art.paragraphs
    assert "• more buses at night" in art.paragraphs


def test_wordpress_thread_is_comments_not_body():
    text = page(
        *PARAS,
        "2 Responses to “Council approves budget”",
        "  1. Avatar jane_r says:",
        "    I think the buses are the best part of this plan, finally.",
        "    Reply",
        "  2. Avatar tom99 says:",
        "    Roads matter too, and the council forgot about them completely.",
        "    Reply",
        "Leave a Reply",
    )
    art = clean(text)
    assert art.paragraphs == tuple(PARAS)
    assert labels_of(art, "Roads matter too, and the council forgot about them completely.") == [Label.COMMENT]


def test_comment_counter_under_the_headline_starts_no_thread():
    text = page("Council approves budget", "12 Comments", *PARAS)
    art = clean(text)
    assert art.paragraphs == tuple(PARAS)


def test_headline_ending_in_says_is_not_a_comment_author():
    text = page(*PARAS, "Related Stories", "Budget Is Too Small, Union Chief Says", "Harbour Will Reopen Soon, Minister Says")
    art = clean(text)
    assert art.paragraphs == tuple(PARAS)
    assert labels_of(art, "Budget Is Too Small, Union Chief Says") == [Label.RELATED]


def test_footer_is_a_wall_for_the_article():
    trailing = "Our newsroom is located in the old post office building and is open to visitors on weekdays."
    text = page(*PARAS, "Terms of Use", trailing)
    art = clean(text)
    assert trailing not in art.body


def test_echoed_caption_inside_the_article():
    cap = "The council chamber during the vote on Tuesday night"
    text = page(PARAS[0], PARAS[1], cap + "\n" + cap, PARAS[2], PARAS[3])
    art = clean(text)
    assert cap not in art.body
    assert set(labels_of(art, cap)) == {Label.CAPTION}


def test_a_table_announced_by_the_last_paragraph_is_body():
    rows = ["Line Last year This year", "Schools 40% 45%", "Buses 10% 18%", "Roads 30% 22%"]
    text = page(
        "• Home", "• City", "• Sport",
        *PARAS, "Here is how the money is split between the main items of the plan:", *rows,
        "© 2021 Harbour Gazette. All rights reserved.",
    )
    art = clean(text)
    for row in rows:
        assert labels_of(art, row) == [Label.BODY]
    assert "© 2021" not in art.body
    # without the colon the rows are not announced
    art = clean(page("• Home", "• City", "• Sport", *PARAS, *rows, "© 2021 Harbour Gazette. All rights reserved."))
    assert all(labels_of(art, row) != [Label.BODY] for row in rows)


@pytest.mark.parametrize("line, ends", [
    ("We hope to see you soon! 🙂", True),
    ("And that is why I run in the rain now 😉", True),
    ("A thumbs up from the whole team 👍🏽", True),
    ("Hello again.", True),
    ("Will be very cool to see how this turns out :-)", True),
    ("Love the chickens <3", True),
    ("🔥", False),
    ("call f(x)", False),
    ("(see below)", False),
    ("Landing pages with the Acme Model©", False),
    ("2. Maybe billions by now ↩", False),
    ("Subscribe now", False),
])
def test_an_emoji_after_words_ends_a_sentence(line, ends):
    from newsclean.text import ends_sentence

    assert ends_sentence(line) is ends


GERMAN_PARAS = [
    "Im letzten Winter war das Laufen draußen im Dunkeln so ziemlich das Letzte, was mir in den Kopf gekommen wäre.",
    "Heute, zwölf Monate später, ist es genau andersherum: Ich mag es, wenn es draußen nass und kalt ist und der Wind weht.",
    "Dieses Gefühl, dem Wind und der Kälte die Stirn geboten zu haben, während die anderen auf dem Sofa sitzen, ist großartig.",
]


def test_a_long_run_of_emoji_is_read_in_linear_time():
    from newsclean.text import ends_sentence

    # a pattern searched from every place of the run took seconds on 16,000
    assert ends_sentence("😀" * 200_000 + "中") is False
    assert ends_sentence("word " + "😀" * 200_000) is True
    assert_linear(ends_sentence, lambda n: "word " + "😀" * n, 10_000, 640_000, what="ends_sentence")


def test_a_blogs_last_line_ending_in_an_emoji_is_body():
    last = "Man fühlt sich danach irgendwie stark – und das gefällt mir 😉"
    art = clean(page("• Start", "• Blog", "Laufen im Regen", *GERMAN_PARAS, last, "Teilen:", "• Facebook", "• Twitter"))
    assert labels_of(art, last) == [Label.BODY]


def test_a_recipes_ingredients_are_body():
    intro = ("Diese Plätzchen backen wir jedes Jahr im Advent, und sie sind schneller gemacht, "
             "als man denkt, weil der Teig nicht ruhen muss.")
    steps = [
        "Alle Zutaten in eine Schüssel geben und mit den Knethaken zu einem glatten Teig verarbeiten, bis er nicht mehr klebt.",
        "Den Teig auf einer bemehlten Arbeitsfläche ausrollen und mit beliebigen Formen Plätzchen ausstechen.",
        "Im vorgeheizten Ofen bei 200 Grad etwa fünfzehn Minuten backen, bis sie goldbraun sind, und auskühlen lassen.",
    ]
    ingredients = ["300 g Mehl", "1 TL Backpulver", "200 g Zucker", "1 Prise Salz", "1 Ei", "1 TL Zimt"]
    art = clean(page("• Start", "• Rezepte", "Mandelplätzchen", intro, "Zutaten:", *ingredients, "Zubereitung:", *steps,
                     "© 2021 Backblog"))
    for row in ingredients:
        assert labels_of(art, row) == [Label.BODY]
    # two lines of quantities are no list; a number before a word is no quantity
    art = clean(page("• Start", "• Rezepte", "Mandelplätzchen", intro, "300 g Mehl", "3 Monate später",
                     "• Impressum", "• Datenschutz", "• Kontakt"))
    assert labels_of(art, "3 Monate später") != [Label.BODY]


def test_a_sentence_ending_in_a_colon_announces_what_follows():
    intro = "Jane Doe, chair of the Harbour Association, on the council's draft plan:"
    quote = ("\u201eAt last we can begin: the draft gives the harbour the money it has needed for years, and it "
             "sets out who pays for the repairs and when the work on the quay walls has to start.\u201c")
    art = clean(page("• Home", "• Press", "Harbour plan: clarity at last", "[harbour-photo]", intro, quote, *PARAS,
                     "© 2021 Harbour Association"))
    assert labels_of(art, intro) == [Label.BODY]
    # inside the article, after a picture, before the list it announces
    items = ["• New buses for the northern villages", "• A second ferry in the summer", "• Wider pavements"]
    lead_in = "The plan pays for three things in the first year:"
    art = clean(page(*PARAS[:2], "[bus-photo]", lead_in, *items, *PARAS[2:]))
    assert labels_of(art, lead_in) == [Label.BODY]
    # a short label with a colon is not a sentence that announces
    art = clean(page("• Home", "Share this:", *PARAS))
    assert labels_of(art, "Share this:") != [Label.BODY]


def test_an_author_card_inside_the_article_is_a_byline():
    card = ["Paula Berger", "Paula Berger", "Redakteurin in der Wirtschaft.", "• Twitter"]
    art = clean(page("• Start", "Neue Buslinien", *GERMAN_PARAS[:2], *card, *GERMAN_PARAS[2:], "© 2021 Stadtblatt"))
    for line in card:
        assert set(labels_of(art, line)) == {Label.BYLINE}, line
    assert art.paragraphs == tuple(GERMAN_PARAS)
    # a subheading over a paragraph that starts with a job is no card
    sub, para = "Die Reporterin", "Reporterin Anna Schmidt hat die Baustelle am Montag besucht und mit den Arbeitern gesprochen."
    art = clean(page("• Start", "Neue Buslinien", *GERMAN_PARAS[:2], sub, para, *GERMAN_PARAS[2:]))
    assert labels_of(art, para) == [Label.BODY]


def test_an_announced_list_ends_where_another_list_starts():
    # the press releases the last paragraph announces, then the page's own
    # numbered trail of links: a list of another kind of marker
    releases = ["• The ferry timetable for the winter", "• New buses for the northern villages", "• The harbour wall repairs"]
    trail = ["1. Start", "2. Current affairs", "3. Migration figures for November"]
    text = page(*PARAS, "The council has published three earlier reports on the subject:", *releases, *trail)
    art = clean(text)
    for row in releases:
        assert labels_of(art, row) == [Label.BODY]
    for row in trail:
        assert labels_of(art, row) != [Label.BODY]
    # a list inside the announced one (deeper, other marker) stays with it
    nested = ["• Schools", "    ◦ primary schools in the north", "    ◦ primary schools in the south", "• Buses"]
    art = clean(page(*PARAS, "The plan pays for three things:", *nested))
    for row in nested:
        assert labels_of(art, row.strip()) == [Label.BODY]


def test_glued_repeat_of_an_image_text_is_not_body():
    # An image's alternative text and title dumped together, glued at the seam.
    glued = "Snow-covered houses of the old town under the mountains at dusk.Snow-covered houses of the old town under the mountains at dusk"
    logo = "Example Insurance Group LogoExample Insurance Group Logo"
    long_paras = [" ".join(PARAS[i:] + PARAS[:i]) for i in range(4)]
    art = clean(page(long_paras[0], long_paras[1], glued, long_paras[2], logo, long_paras[3]))
    assert art.paragraphs == tuple(long_paras)
    # three copies: image text, title and link text of a teaser
    teaser = "Ferry timetable changes for the summer, and what you need to know"
    art = clean(page(long_paras[0], long_paras[1], teaser + teaser + " " + teaser, long_paras[2], long_paras[3]))
    assert art.paragraphs == tuple(long_paras)
    # a sentence that says something twice in other words is no repeat
    repeated = "The council met again and again, and the council said again that the plan was fine."
    art = clean(page(PARAS[0], repeated, PARAS[1]))
    assert repeated in art.paragraphs


STEPS = [
    "Open the settings page of the device builder and enter the name of your wireless network and its password in the secrets file.",
    "Back on the main page, click the three dots next to your device, choose install, and pick the option that flashes it over the cable.",
    "Watch the boot log while the board restarts; after a minute it should join the network and show up as online in the list of devices.",
    "Once the board is online, the home server finds it by itself and offers to add it, together with every sensor it reports.",
    "From then on the readings arrive every few seconds, and you can use them in automations like any other sensor in the house.",
]


def test_screenshots_named_by_date_do_not_split_a_tutorial():
    shots = ["[2025-12-12_19-47-58] [svg]", "[2025-12-12_19-52-21] [svg]"]
    art = clean(page(STEPS[0], STEPS[1], STEPS[2], *shots, STEPS[3], STEPS[4]))
    assert art.paragraphs == tuple(STEPS)


def test_an_image_whose_caption_repeats_a_domain_does_not_split_the_article():
    art = clean(page(STEPS[0], STEPS[1], "Frame.io sample - Frame.io", "Frame.io sample - Frame.io", *STEPS[2:]))
    assert art.paragraphs == tuple(STEPS)


def test_teaser_cards_after_the_article_stay_out():
    cards = []
    for k, (headline, summary) in enumerate([
        ("Harbour reopens after the storm", "The port authority said repairs took a week longer than planned because of the weather."),
        ("Schools reopen after the holidays", "Teachers said the first week back went well, though two buildings still lack heating."),
        ("New bridge opens to traffic", "Drivers crossed the river on the new bridge for the first time on Friday morning."),
    ]):
        cards += [f"March {k + 3}, 2024", "example-news.com", headline, summary]
    art = clean(page("Council approves budget", *PARAS, *cards))
    assert art.paragraphs == tuple(PARAS)


def test_image_text_that_repeats_a_teaser_headline_is_an_echo():
    teasers = []
    for headline in [
        "Eating well, working out and still not losing weight? A doctor explains what is really going on and how to fix it",
        "Cast iron or stainless steel: which of the pans in your kitchen is the healthiest one to cook with every day?",
        "What is the five-senses grounding technique, and how can it help you to calm down when anxiety strikes?",
    ]:
        teasers += [f"Article image for: {headline}", headline]
    art = clean(page("Council approves budget", *PARAS, *teasers))
    assert art.paragraphs == tuple(PARAS)
    assert all(b.label is not Label.BODY for b in art.blocks if "Article image for" in b.text)


def test_author_box_after_the_article_is_a_byline_not_body():
    bio = "Jane Doe is a senior reporter covering city hall and regional politics. She joined the paper in 2015."
    art = clean(page("Council approves budget", "By Jane Doe", *PARAS, bio))
    assert art.paragraphs == tuple(PARAS)
    assert labels_of(art, bio) == [Label.BYLINE]
    assert art.authors == ("Jane Doe",) or list(art.authors) == ["Jane Doe"]
    # by first name only
    bio2 = "Jane covers city hall for the paper and has written about the region's budgets for a decade."
    art = clean(page("Council approves budget", "By Jane Doe", *PARAS, bio2))
    assert art.paragraphs == tuple(PARAS)


def test_a_paragraph_about_someone_the_byline_does_not_name_stays():
    last = "Smith was born in the city in 1950 and has served on the council for more than twenty years."
    art = clean(page("Council approves budget", "By Jane Doe", *PARAS, last))
    assert art.paragraphs == (*PARAS, last)
    # and without any byline, nothing is cut
    art = clean(page("Council approves budget", *PARAS, last))
    assert art.paragraphs == (*PARAS, last)


def test_a_paragraph_in_shared_words_between_paragraphs_stays_body():
    # a review: the words of a subscription pitch, inside the article
    review = ("The subscription costs $12.99 per month or $79.99 a year for unlimited access, and there is a "
              "free trial of thirty days, which is longer than most rivals offer to new readers.")
    art = clean(page("Council approves budget", PARAS[0], PARAS[1], review, PARAS[2], PARAS[3]))
    assert review in art.paragraphs
    # the same words closing the page are the site's pitch
    pitch = ("Subscribe now: unlimited access to every story for $12.99 per month, with a free trial of thirty "
             "days for new readers, and you can cancel anytime you like from your account page.")
    art = clean(page("Council approves budget", *PARAS, pitch))
    assert pitch not in art.paragraphs


def test_an_author_introducing_themselves_after_the_article_is_a_byline():
    intro = "Hi, I'm Jane Doe, and I cover city hall for the paper. When I'm not at a council meeting, I run."
    art = clean(page("Council approves budget", "By Jane Doe", *PARAS, intro))
    assert art.paragraphs == tuple(PARAS)


def test_author_box_under_its_header_is_a_byline_wherever_it_is_printed():
    bio = ("Jane Doe leads the politics desk. She studied history in Leeds, worked for the BBC in Brussels for "
           "a decade and joined the paper in 2015, where she has since covered three general elections.")
    # after the article, under its header and the name's line: the span ends before it
    art = clean(page("Council approves budget", *PARAS, "About the author", "[jane-doe-headshot]", "Jane Doe", bio))
    assert art.paragraphs == tuple(PARAS)
    assert labels_of(art, bio) == [Label.BYLINE]
    # printed beside the article's first paragraphs: the box goes, the article goes on
    more = [
        "Opposition members said the plan left too little for repairs to the city's older bridges and tunnels.",
        "The finance committee will publish a detailed breakdown of the spending next month, its chair said.",
        "Teachers' unions welcomed the extra money but warned that it would not cover the rise in salaries.",
        "Residents can comment on the plan at a public hearing in the town hall on the first Monday of March.",
    ]
    art = clean(page("Council approves budget", *PARAS[:2], "About the author", "[jane-doe]", bio, *PARAS[2:], *more))
    assert art.paragraphs == (*PARAS, *more)
    # "... is a partner at" under a line of only a name
    box = ("is a partner at Doe & Roe, a law firm in Leeds, and writes about contracts and the law of the sea; "
           "before that she taught commercial law at the university for twelve years.")
    art = clean(page("Council approves budget", *PARAS[:2], "About the author", "[jane-doe]", "Dr. Jane Doe", box, *PARAS[2:], *more))
    assert art.paragraphs == (*PARAS, *more)


def test_a_paragraph_under_a_bio_header_high_up_stays_if_it_says_nobody_is_anybody():
    from newsclean.bio import _says_who
    from newsclean.classify import analyse
    from newsclean.config import DEFAULT_CONFIG
    from newsclean.segment import segment

    items, _ = analyse(segment(page(
        "Jane Doe leads the politics desk of the paper since 2015.",
        "Jane Doe",
        "is a partner at a law firm in Leeds.",
        "The council approved the budget after a long debate on Tuesday.",
        "Acme Coffee has a long history in the city centre.",
    )), DEFAULT_CONFIG)
    verbs = frozenset({"leads", "is", "has"})
    assert _says_who(items, 0, verbs)
    assert _says_who(items, 2, verbs)
    assert not _says_who(items, 3, verbs)
    assert not _says_who(items, 4, verbs)  # a weak verb after a name no byline gave


def test_a_newsletter_box_blurb_between_its_header_and_its_form_is_not_body():
    blurb = "The day's top stories from our reporters in the capital, every weekday morning."
    art = clean(page("Council approves budget", *PARAS[:2], "Get our Morning Briefing newsletter", blurb,
                     "[ ]", "Sign me up", *PARAS[2:]))
    assert art.paragraphs == tuple(PARAS)
    assert labels_of(art, blurb) == [Label.SOCIAL]
    # a paragraph of the article that speaks of donations is no box's header
    quote = ('"We want to thank everyone whose donations and support made the new shelter possible," the '
             'director said, adding that the rescue relies on readers like you and on volunteers.')
    follow = "The shelter will open its doors to the public on Saturday morning."
    art = clean(page("Shelter opens", *PARAS[:2], quote, follow, "[shelter-photo]", *PARAS[2:]))
    assert follow in art.paragraphs


def test_bracketed_file_names_are_no_dateline_but_a_bracketed_date_is():
    from newsclean.classify import is_dateline

    assert not is_dateline("[2025-12-12_19-47-58] [svg]", 8)
    assert is_dateline("[Submitted on 18 Dec 2025]", 5)


def test_lines_of_code_and_what_is_not_code():
    from newsclean.classify import is_code

    for line in [
        "SELECT name, email FROM customers",
        "WHERE c.created_at > '2024-01-01';",
        "-- add an index on the join column",
        "# install the package first",
        "git checkout -b feature/login",
        "$ pip install requests",
        "onSubmit={(event) => save(event.target)}",
        "A[Request] --> B[Cache]",
        "let total = items.reduce(sum, 0);",
    ]:
        assert is_code(line, len(line.split())), line
    for line in [
        "UPDATE: The bridge has reopened.",
        "FROM THE ARCHIVES",
        "From our correspondent in Rome",
        "$ 5.7 Billion",
        "The author(s) take no responsibility for the author(s) of comments.",
        "Home > News > World",
        "[top_story] [next_story]",
        "Select your region",
    ]:
        assert not is_code(line, len(line.split())), line


TUTORIAL = [
    "Before you tune anything, look at what the database does with the query. The planner decides how "
    "the tables are read and joined, and the statistics it keeps tell it how many rows to expect:",
    "-- the plan with real timings",
    "EXPLAIN ANALYZE",
    "SELECT c.name, COUNT(o.id)",
    "FROM customers c",
    "LEFT JOIN orders o ON c.id = o.customer_id",
    "WHERE c.created_at > '2024-01-01'",
    "GROUP BY c.name;",
    "Adding an index",
    "CREATE INDEX idx_orders_customer ON orders(customer_id);",
    "-- the same query now reads the index",
    "The second plan reads the index instead of the whole table, and on a table of a few million rows "
    "the query that took seconds returns in a few milliseconds, which is what the users will notice.",
]


def test_a_code_listing_between_paragraphs_is_body():
    text = page(*PARAS[:2], *TUTORIAL, *PARAS[2:])
    art = clean(text)
    assert "SELECT c.name, COUNT(o.id)" in art.paragraphs
    assert "WHERE c.created_at > '2024-01-01'" in art.paragraphs  # no dateline inside code
    assert [b.reason for b in art.blocks if b.text == "FROM customers c"] == ["context.code-listing"]
    assert TUTORIAL[-1] in art.paragraphs


def test_a_script_dumped_after_the_article_is_not_body():
    script = [
        "window.dataLayer = window.dataLayer || [];",
        "function gtag(){dataLayer.push(arguments);}",
        "gtag('js', new Date());",
        "gtag('config', 'UA-000000-1');",
    ]
    text = page(*PARAS, *script, "Privacy Policy", "© 2024 The Example Times")
    art = clean(text)
    assert art.paragraphs == tuple(PARAS)


def test_a_short_post_before_the_comment_form_beats_the_sidebar_after_it():
    post = [
        "Short one today: the new charging posts by the harbour finally work, and they are cheap.",
        "Thanks to everyone who sent me the tip about them last week.",
    ]
    sidebar = [
        "About this blog",
        "This is the personal blog of a writer who lives by the harbour and writes about the city, "
        "its people, its buses and its politics, and about whatever else comes to mind on a long walk "
        "along the water on a Sunday afternoon when the weather is good and the cafés are open.",
        "The archive holds more than a thousand posts, sorted by year and by topic, and every one of "
        "them can still be read and shared, although some of the older ones may have lost their pictures.",
    ]
    text = page(
        "Harbour Notes",
        "Charging posts",
        *post,
        "Leave a Reply",
        "Name (required)",
        "[ ] Notify me of follow-up comments by email.",
        "[Post Comment]",
        *sidebar,
    )
    art = clean(text)
    assert art.paragraphs == tuple(post)


def test_an_article_without_prose_before_the_form_is_still_found():
    text = page("[Post Comment]", *PARAS)
    assert clean(text).paragraphs == tuple(PARAS)


def test_author_box_of_a_name_printed_next_to_the_dateline():
    bio = "Jane Doe is a senior reporter covering city hall and regional politics. She joined the paper in 2015."
    art = clean(page("Council approves budget", "Jane Doe", "01.21.2020 07:00 AM", *PARAS, bio))
    assert art.paragraphs == tuple(PARAS)
    assert labels_of(art, bio) == [Label.BYLINE]
    # a brand or a place printed there is no author: its paragraph stays
    last = "Harbour Coffee has a thirty year history of roasting beans in the old warehouse by the water."
    art = clean(page("Council approves budget", "Harbour Coffee", "01.21.2020 07:00 AM", *PARAS, last))
    assert art.paragraphs == (*PARAS, last)


def test_a_role_glued_to_the_bylines_name():
    from newsclean.names import split_names

    assert split_names("By Jane DoeStaff Writer") == ["Jane Doe"]
    assert split_names("By Jane DoeSenior Editor") == ["Jane Doe"]
    # links glued into one word are no name; a name's own capitals are
    assert split_names("Author ArchivesWebsiteTwitterGithub") == []
    assert split_names("By Ronald McDonald and DeAndre MacFarlane") == ["Ronald McDonald", "DeAndre MacFarlane"]


def test_code_in_a_comment_does_not_pull_the_article_into_the_thread():
    thread = [
        "3 Responses",
        "  1. Avatar jane_r says:",
        "    You can get the same plan from the database with this:",
        "    SELECT name, budget FROM councils WHERE year = 2024;",
        "    -- and then sort it by the budget",
        "    ORDER BY budget DESC;",
        "    It worked for me on the city's open data, which is updated every month by the council's staff.",
        "    Reply",
        "  2. Avatar tom99 says:",
        "    Thanks, that query is handy, I ran it on last year's figures and the buses came out on top.",
        "    Reply",
        "Leave a Reply",
    ]
    art = clean(page("Council approves budget", *PARAS, *thread))
    assert art.paragraphs == tuple(PARAS)


def test_an_embedded_posts_signature_is_no_dateline():
    from newsclean.classify import is_dateline

    signature = "— Jane Doe (@janedoe) November 18, 2019"
    assert not is_dateline(signature, 6)
    assert is_dateline("November 18, 2019", 3)
    post = "The bridge vote was the right call, and it was long overdue. pic.twitter.com/abc123"
    art = clean(page("Council approves budget", PARAS[0], PARAS[1], post, signature, PARAS[2], PARAS[3]))
    assert signature in art.paragraphs
    assert art.published is None


def test_author_box_of_a_byline_split_over_two_lines():
    bio = "Jane Doe is a portrait photographer and writer. She has covered the harbour for seven years."
    art = clean(page("Council approves budget", "by", "• Jane Doe", *PARAS, bio))
    assert art.paragraphs == tuple(PARAS)


FLOOD = [
    "The river burst its banks on Sunday night and flooded the main street of the town, where the water stood a metre deep by the morning.",
    "Shop owners spent the day carrying their stock upstairs while the fire brigade pumped water out of the cellars along the market square.",
    "The council said the new flood wall would not be finished before the winter, because the contractor had gone bankrupt in the spring.",
    "Residents will meet the mayor on Thursday to ask for sandbags and for a date when the work on the wall will start again.",
]


def test_a_line_beside_a_caption_is_judged_by_the_paragraphs_past_it():
    # the picture's text and its caption sit between the paragraphs: the
    # short line under them is the article's, as between two paragraphs
    caption = "Flood water in the main street of the town"
    article = clean("\n\n".join([
        "Home", "News", "Floods hit the town centre again", FLOOD[0], FLOOD[1], caption, caption, "In numbers", FLOOD[2], FLOOD[3],
        "Privacy policy", "© 2024 The Example Times",
    ]))
    found = {b.text: b.label for b in article.blocks}
    assert found["In numbers"] is Label.BODY
    assert found[caption] is Label.CAPTION
