"""Metadata comes only from the head's labelled blocks: a date or a name in the
body, a comment or a related-headline list never becomes `published` or
`authors`; and the scorer the benchmark uses for metadata."""

from __future__ import annotations

import datetime as dt

import pytest

from article import BODY, TITLE, page

from newsclean import clean
from newsclean.evaluation import metadata_hits, same_day, token_f1




def test_dateline_under_the_title_is_read():
    art = clean(page(TITLE, "By Jane Doe and John Roe, Staff Writers", "12 March 2021, 10:15", *BODY))
    assert art.published is not None and art.published.date() == dt.date(2021, 3, 12)
    assert list(art.authors) == ["Jane Doe", "John Roe"]


def test_date_inside_the_body_is_not_published():
    body = list(BODY)
    body[1] = ("On 3 February 2019 engineers had warned that the steel under the deck was corroding "
               "faster than expected, and the repairs would have cost more than a new crossing.")
    art = clean(page(TITLE, *body))
    assert art.published is None
    assert art.published_text is None


@pytest.mark.parametrize("dateline, elsewhere, day", [
    # a later date of the page puts the day first: "12/04/2020" is 12 April
    ("12/04/2020", "Comments (2)\n\nJane Roe\n\n14/04/2020\n\nThe ferry should have come first.", dt.date(2020, 4, 12)),
    # a later date puts the month first, dots or not: "09.10.2024" is 10 September
    ("09.10.2024", "Related\n\nBridge repairs approved\n\n05.15.2025", dt.date(2024, 9, 10)),
    ("3/4/21", "Updated 3/25/21", dt.date(2021, 3, 4)),
])
def test_the_pages_other_dates_tell_day_from_month(dateline, elsewhere, day):
    art = clean(page(TITLE, dateline, *BODY, elsewhere))
    assert art.published is not None and art.published.date() == day


def test_page_date_order_needs_one_order_and_a_part_above_twelve():
    from newsclean.metadata import page_date_order

    assert page_date_order(["Posted 14/04/2020.", "Next"]) == "DMY"
    assert page_date_order(["on 05.15.2025"]) == "MDY"
    assert page_date_order(["12/04/2020", "01.02.2021"]) is None  # nothing shows the order
    assert page_date_order(["14/04/2020", "05/15/2020"]) is None  # both orders: no evidence
    # versions, addresses and ISO dates are no evidence
    assert page_date_order(["v1.22.3", "192.168.1.10", "2024-05-13", "Score 21-3"]) is None


@pytest.mark.parametrize("opening, day", [
    ("Wien, 14. Dezember 2021 – ", dt.date(2021, 12, 14)),
    ("LONDON, March 3, 2024: ", dt.date(2024, 3, 3)),
    ("01.02.2022 \u201e", dt.date(2022, 2, 1)),
    ("Paris, 3 mai 2022, 10h30 - ", dt.date(2022, 5, 3)),
])
def test_a_wire_dateline_opening_the_first_paragraph_dates_an_undated_page(opening, day):
    body = list(BODY)
    body[0] = opening + body[0]
    art = clean(page(TITLE, *body))
    assert art.published is not None and art.published.date() == day


def test_a_wire_dateline_under_a_subheading_dates_the_page():
    """A subheading the first pass read as the body's first paragraph may
    stand over the paragraph the dateline opens."""
    body = ["The council asks residents to avoid the bridge until spring, to use the ferry, and to keep the paths "
            "free for the engineers at work", "Wien, 14. Dezember 2021 – " + BODY[0], *BODY[1:]]
    art = clean(page(TITLE, *body))
    assert art.published is not None and art.published.date() == dt.date(2021, 12, 14)


def test_a_dateline_deep_in_the_article_dates_it_not():
    body = list(BODY) + ["Wien, 14. Dezember 2021 – " + BODY[0]]
    art = clean(page(TITLE, *body))
    assert art.published is None


@pytest.mark.parametrize("first", [
    "The council met on 12 March 2021 - and voted to close the old harbour bridge to cars after a decade of debate.",
    "Before 12 March 2021: the bridge was open to cars, and the council had debated its future for more than a decade.",
])
def test_a_date_inside_the_first_sentence_is_no_dateline(first):
    art = clean(page(TITLE, first, *BODY[1:]))
    assert art.published is None


def test_body_date_does_not_override_the_dateline():
    body = list(BODY)
    body[2] = "Published 3 February 2019, the first report on the bridge " + body[2]
    art = clean(page(TITLE, "12 March 2021", *body))
    assert art.published is not None and art.published.date() == dt.date(2021, 3, 12)


def test_names_inside_the_body_are_not_authors():
    body = list(BODY)
    body[0] = ("Written by Mark Twain, the old guidebook praised the bridge; by Anna Smith's account the "
               "council voted on Tuesday to close it to cars, ending a debate that had run for years.")
    art = clean(page(TITLE, *body))
    assert "Mark Twain" not in art.authors
    assert "Anna Smith" not in art.authors


def test_comment_dates_and_names_are_not_metadata():
    comments = [
        "8 Comments",
        "Peter Parker\n14 April 2022 at 09:12\nThis bridge should have been closed years ago, it is a danger.",
        "Reply",
        "By Mary Jane\n15 April 2022 at 11:40\nI cross it every day on my bike and never had a problem with it.",
        "Reply",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
    ]
    art = clean(page(TITLE, *BODY, *comments))
    assert art.published is None
    assert not {"Peter Parker", "Mary Jane"} & set(art.authors)


def test_related_headline_dates_are_not_published():
    related = [
        "Related articles",
        "- New ferry route planned for the harbour\n  2 January 2020",
        "- Council budget leaves little room for repairs\n  5 January 2020",
        "- Cyclists ask for a safer crossing\n  9 January 2020",
    ]
    art = clean(page(TITLE, *BODY, *related))
    assert art.published is None


def test_no_author_is_guessed_from_nothing():
    art = clean(page(TITLE, *BODY))
    assert art.authors == ()
    assert art.translators == ()


@pytest.mark.parametrize(
    ("found", "gold", "expected"),
    [
        ("Council votes to close bridge", "Council votes to close bridge", 1.0),
        ("council VOTES to close bridge", "Council votes to close bridge", 1.0),
        (None, "Council votes", 0.0),
        ("Weather", "Council votes", 0.0),
    ],
)
def test_token_f1(found, gold, expected):
    assert token_f1(found, gold) == pytest.approx(expected)


def test_same_day_and_hits():
    when = dt.datetime(2021, 3, 12, 23, 30, tzinfo=dt.timezone.utc)
    assert same_day(when, "2021-03-12")
    assert not same_day(when, "2021-03-13")
    assert not same_day(None, "2021-03-12")
    hits = metadata_hits("Council votes", when, "Jane Doe",
                         {"gold_title": "Council votes", "gold_date": "2021-03-12", "gold_author": "John Roe"})
    assert hits == {"title": True, "date": True, "author": False}
    assert metadata_hits("x", None, None, {}) == {}


def test_dates_with_and_without_zone_compare():
    art = clean(page(TITLE, "Published Nov. 7, 2017 10:04 a.m. ET", "Updated Nov. 8, 2017", *BODY))
    assert art.published is not None and art.published.utcoffset() is not None
    assert art.published.date() == dt.date(2017, 11, 7)
    assert art.updated is not None and art.updated.date() == dt.date(2017, 11, 8)


def test_year_glued_to_time():
    art = clean(page(TITLE, "October 17, 20236:01 PM ET", *BODY))
    assert art.published is not None and art.published.date() == dt.date(2023, 10, 17)
    assert art.published_text == "October 17, 20236:01 PM ET"


@pytest.mark.parametrize(
    ("line", "day", "text"),
    [
        ("veröffentlicht am 14 Feb ’20 | Kategorien: Social Media", dt.date(2020, 2, 14), "14 Feb ’20"),
        ("Posted on Nov 6th '12 by admin", dt.date(2012, 11, 6), "Nov 6th '12"),
        ("March 3, '98", dt.date(1998, 3, 3), "March 3, '98"),
    ],
)
def test_a_year_of_two_digits_after_an_apostrophe(line, day, text):
    art = clean(page(TITLE, line, *BODY))
    assert art.published is not None and art.published.date() == day
    assert art.published_text == text


def test_a_decade_is_no_year():
    art = clean(page(TITLE, "Music of the ’90s", *BODY))
    assert art.published is None


def test_second_date_with_zone_after_a_naive_one():
    art = clean(page(TITLE, "April 20, 2022", *BODY, "Posted: Thursday, April 21, 2022. 10:11 pm CST."))
    assert art.published is not None and art.published.date() == dt.date(2022, 4, 20)


def test_a_metadata_failure_keeps_the_body(monkeypatch, caplog):
    import newsclean.core

    def broken(*args, **kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(newsclean.core, "read_metadata", broken)
    art = clean(page(TITLE, *BODY))
    assert art.paragraphs == tuple(BODY)
    assert art.title is None and art.published is None
    assert "metadata failed" in caplog.text


def test_author_scoring_ignores_joiners():
    assert metadata_hits(None, None, "Jane Doe, John Roe", {"gold_author": "Jane Doe and John Roe"})["author"]
    assert not metadata_hits(None, None, "Jane Doe", {"gold_author": "Jane Doe and John Roe"})["author"]


def test_name_glued_to_published_and_repeated_name():
    from newsclean.names import split_names

    assert split_names("By Korin MillerPublished Jan 2, 2024") == ["Korin Miller"]
    assert split_names("By Andrei Zakhareuski Andrei Zakhareuski") == ["Andrei Zakhareuski"]


def test_consent_sentence_is_not_a_byline():
    consent = "By entering your email address you agree to our Terms of Use and Privacy Policy"
    art = clean(page(TITLE, consent, *BODY))
    assert art.authors == ()


def test_facet_menu_is_not_a_byline():
    menu = ["By Industry", "• Healthcare", "• Retail", "By Use Case", "• Remote Support"]
    art = clean(page(*menu, TITLE, *BODY))
    assert art.authors == ()


def test_byline_away_from_the_head_is_used_when_the_head_has_none():
    far = ["• Home", "• World", "• Sport", "• Culture", "• Travel", "By Jane Doe"]
    art = clean(page(*far, *(f"• Section {k}" for k in range(14)), TITLE, *BODY))
    assert art.authors == ("Jane Doe",)


def test_dotted_numeric_dates_are_day_first_in_any_language():
    from newsclean.metadata import parse_date

    assert parse_date("12.04.2020").date().isoformat() == "2020-04-12"
    assert parse_date("12.04.2020 10:30", "en").date().isoformat() == "2020-04-12"
    assert parse_date("04/12/2020", "en").date().isoformat() == "2020-04-12"  # slashes: by language
    assert parse_date("04/12/2020", "de").date().isoformat() == "2020-12-04"


@pytest.mark.parametrize("lines, authors", [
    (["September 1st, 2023 By Jane Doe"], ("Jane Doe",)),
    (["Published August 7, 2023 by Jane Doe"], ("Jane Doe",)),
    (["03/01/2017 by Jane Doe, Candidate Representative"], ("Jane Doe",)),
    (["by", "• Jane Doe"], ("Jane Doe",)),
    (["Written by Jane Doe, John Roe, and Ann Poe"], ("Jane Doe", "John Roe", "Ann Poe")),
])
def test_bylines_after_a_date_split_over_lines_and_with_an_oxford_comma(lines, authors):
    art = clean(page(TITLE, *lines, *BODY))
    assert art.authors == authors


def test_a_by_far_from_the_date_is_not_a_byline():
    art = clean(page(TITLE, "September 1st, 2023 — the council met in the old town hall, chaired by Mayor Jane Doe",
                     *BODY))
    assert art.authors == ()


def test_category_glued_to_the_name():
    from newsclean.names import split_names

    assert split_names("By Gabby BoucherIn Budget Travel, Travel Tips") == ["Gabby Boucher"]


def test_title_case_headline_over_a_sentence_case_standfirst():
    """In English the headline is the title-case line, not the long
    sentence under it that shares more of the body's words."""
    art = clean(page(
        "• Home", "• News", "November 28, 2021 / Local / Transport",
        "Why the Old Harbour Bridge Must Close (and What Comes Next)",
        "From the steel under the deck to the cost of repairs, the council weighed every option before it voted to close the bridge to cars",
        *BODY,
    ))
    assert art.title == "Why the Old Harbour Bridge Must Close (and What Comes Next)"


def test_dotted_dates_with_spaces_are_found():
    from newsclean.dates import find_date
    from newsclean.metadata import parse_date

    assert find_date("14. 01. 2020, 13:47").group() == "14. 01. 2020"
    assert find_date("• 13. 1. 2020").group() == "13. 1. 2020"
    assert find_date("Kapitel 3. 4. 5") is None
    assert parse_date("14. 01. 2020").date().isoformat() == "2020-01-14"


@pytest.mark.parametrize("line, found, day", [
    # Spanish and Portuguese write "de" between day, month and year
    ("4 de mayo de 2022 - 00:38", "4 de mayo de 2022", "2022-05-04"),
    ("Publicado el 12 de enero, 2021", "12 de enero, 2021", "2021-01-12"),
    ("Atualizado em 31 de dezembro de 2019 às 10h", "31 de dezembro de 2019", "2019-12-31"),
    ("Madrid, 7 de octubre de 2020.", "7 de octubre de 2020", "2020-10-07"),
])
def test_dates_written_with_de_are_found(line, found, day):
    from newsclean.dates import find_date
    from newsclean.metadata import parse_date

    assert find_date(line).group() == found
    assert parse_date(found).date().isoformat() == day


@pytest.mark.parametrize("line", [
    "El pleno aprobó 12 de los 20 puntos del orden del día en 2022",
    "Cada 4 de mayo se celebra la fiesta del barrio",  # a day without a year dates no page
    "O conselho votou 3 de 5 propostas",
    "Ganó 2 de cada 3 partidos en 2019",
])
def test_news_sentences_with_de_hold_no_date(line):
    from newsclean.dates import find_date

    m = find_date(line)
    assert m is None or " de " not in m.group()


@pytest.mark.parametrize("row, day", [
    ("by Jane Doe | Mar 11, 2021 | Transport, Harbour", "2021-03-11"),
    ("December 15, 2021 · 30 min · 6279 words · Jane Doe", "2021-12-15"),
    ("Jane Doe•Updated on Jul 4, 2021 •28 min read", "2021-07-04"),
])
def test_date_from_a_row_of_facts_under_the_headline(row, day):
    art = clean(page(TITLE, row, *BODY))
    assert (art.published or art.updated).date().isoformat() == day


def test_a_row_of_facts_after_the_text_starts_dates_nothing():
    for row in ("Schools budget share rose sharply | Mar 11, 2019 | 40% of all spending this year",
                "Photo: Jane Doe | Mar 11, 2019 | Harbour Gazette"):
        art = clean(page(TITLE, BODY[0], BODY[1], row, BODY[2], BODY[3]))
        assert art.published is None


@pytest.mark.parametrize("row, authors", [
    ("December 15, 2021 · 30 min · 6279 words · Jane Doe", ("Jane Doe",)),
    ("Jane Doe 25 March 2021 Transport, Harbour, Bridges", ("Jane Doe",)),
    ("Dec 26, 2021 • [e5f6d14d49] Jane Doe in Local News", ("Jane Doe",)),
    ("Jane Doe Published 10:19am 19 December 2025", ("Jane Doe",)),
    ("Dec 17, 2025Jane K. Doe", ("Jane K. Doe",)),
])
def test_author_from_a_row_of_facts_under_the_headline(row, authors):
    art = clean(page(TITLE, row, *BODY))
    assert art.authors == authors


@pytest.mark.parametrize("line, names", [
    ("von Anna Schmidt am 29. Mai 2017, 14:14 Uhr", ["Anna Schmidt"]),
    ("VON ANNA SCHMIDT am 21. April 2020", ["ANNA SCHMIDT"]),
    ("Von Thilo / 6. November 2023 / Keine Kommentare", ["Thilo"]),
    ("von Anna Schmidt Veröffentlicht am 1. Mai 2019", ["Anna Schmidt"]),
    ("Text: Anna Schmidt / example.de", ["Anna Schmidt"]),
    ("Ein Artikel von Anna Schmidt | 27.01.2022 - 12:45", ["Anna Schmidt"]),
    ("Erstellt von Anna Schmidt", ["Anna Schmidt"]),
    ("Autoren Anna Schmidt und Jonas Weber", ["Anna Schmidt", "Jonas Weber"]),
    ("Auteur : Jean Dupont", ["Jean Dupont"]),
    ("By Jane Doe, Updated May 5, 2024", ["Jane Doe"]),
    ("By Jane Doe [jane-doe-circle] Updated Sep 5, 2024", ["Jane Doe"]),
    ("Written byby Jane Doe", ["Jane Doe"]),
    ("by Jane Doe—10 min read", ["Jane Doe"]),
    ("By Jane Doe, Co-Founder & COO", ["Jane Doe"]),
    ("Por Juan Pérez @juanperez", ["Juan Pérez"]),
    ("By Jane Doe jane@example.com", ["Jane Doe"]),
    ("---- by Jane Doe", ["Jane Doe"]),
    ("By: Jane Doe, Sr. Director of Operations, Acme Van Lines", ["Jane Doe"]),
    ("By Jane Doe, Editor at Large and John Roe, Staff Writer", ["Jane Doe", "John Roe"]),
    ("Written By: Jane Doe Executive Digital Editor", ["Jane Doe"]),
    ("Text messages show the plan", []),
])
def test_bylines_in_other_languages_with_their_dates(line, names):
    from newsclean.names import split_names

    assert split_names(line) == names


@pytest.mark.parametrize("row, authors", [
    ("02.02.2022, 11:30 Uhr von Anna Schmidt", ("Anna Schmidt",)),
    ("26/12/2019 par Jean Dupont", ("Jean Dupont",)),
])
def test_by_after_the_date_in_other_languages(row, authors):
    from newsclean.metadata import _byline_in_dateline
    from newsclean.names import split_names

    assert tuple(split_names(_byline_in_dateline(row))) == authors


def test_a_byline_over_two_lines_with_a_picture_between():
    art = clean(page(TITLE, "Author", "[jane-doe-headshot][e9f9639c5647]", "Jane Doe", *BODY))
    assert art.authors == ("Jane Doe",)


@pytest.mark.parametrize("card, authors", [
    (["[jane-doe-photo]", "Jane Doe", "Product Analytics Expert"], ("Jane Doe",)),
    (["• [89c] Jane Doe", "Senior Editor at Harbour Gazette"], ("Jane Doe",)),
    (["Anna Schmidt", "Chefredakteurin"], ("Anna Schmidt",)),
    (["Evidence Based", "Expert Reviewed"], ()),  # badges, not a name and a job
    (["Harbour Street", "Transport"], ()),
])
def test_an_author_card_of_a_name_over_a_job_title(card, authors):
    art = clean(page(TITLE, *card, *BODY))
    assert art.authors == authors


def test_a_dateline_a_little_further_from_the_headline_dates_the_page():
    # above the kicker, the pictures and the share bar
    art = clean(page("• November 1, 2023", "[logo]", "Local News", "[harbour-photo]", "[share]", "Share this",
                     TITLE, *BODY))
    assert art.published is not None and art.published.date().isoformat() == "2023-11-01"
    # but not the date of a teaser after the article
    art = clean(page(TITLE, *BODY, "Related stories", "Bridge repairs begin", "• November 1, 2023"))
    assert art.published is None


def test_a_line_naming_a_person_and_their_role_is_no_headline():
    from newsclean.head import _person_line

    art = clean(page("Council Criminalized Students for Bad Grades – Until Now",
                     "Jane Doe, Staff Attorney, Harbour Rights Program",
                     "& John Roe, Director of Education Equity, Harbour Foundation", *BODY))
    assert art.title == "Council Criminalized Students for Bad Grades – Until Now"
    assert not _person_line("Paris, France braces for the storm")
    assert not _person_line("Trump, Biden clash over the economy")


@pytest.mark.parametrize("line", [
    "← Why the ferry timetable changed",
    "StartseiteNachrichtenHafen",
    "Home » News » Harbour",
    "NextWhy the ferry timetable changed",
    "Map of the new harbour © Harbour Authority",
])
def test_breadcrumbs_links_to_other_posts_and_credits_are_no_headlines(line):
    from newsclean.head import _NOT_HEADLINE

    assert _NOT_HEADLINE.search(line)
    art = clean(page(line, TITLE, "March 3, 2021", *BODY))
    assert art.title == TITLE


def test_a_line_printed_twice_in_one_is_no_headline():
    art = clean(page("The history of the harbour The history of the harbour", TITLE, "March 3, 2021", *BODY))
    assert art.title == TITLE
    art = clean(page("13 July: Harbour reopens after the storm", "by Jane Doe on July 13, 2012", *BODY))
    assert art.title == "13 July: Harbour reopens after the storm"  # a date in a headline is no dateline's cost


@pytest.mark.parametrize("line", [
    "Pubblicato il 19 Febbraio 2020 Ultima modifica 19 Febbraio 2020 12:02",
    "Published 3 March 2021, updated 4 March 2021 09:15",
])
def test_a_dateline_with_two_dates_is_a_dateline(line):
    from newsclean.classify import is_dateline
    from newsclean.text import WORD

    assert is_dateline(line, len(WORD.findall(line)))
    art = clean(page(TITLE, line, *BODY))
    assert line not in art.body
    assert art.published is not None
    # a sentence with two dates is none
    sentence = "The council met on 3 March 2021 and voted again on 4 March 2021 to close it."
    assert not is_dateline(sentence, len(WORD.findall(sentence)))


def test_a_long_first_paragraph_under_the_headline_is_no_standfirst():
    standfirst = "The council will close the old harbour bridge to cars next month, after years of debate."
    first = ("Wedding season has begun, and today I drove past the old park hotel by the lake for the first time "
             "in years, stopped for a coffee on its terrace, walked around the wide grounds with their old trees, "
             "the pond and the fountain, and could hardly believe how much the place has changed since the new "
             "owners took it over last spring.")
    art = clean(page(TITLE, standfirst, "[harbour-photo]", "By Jane Doe", *BODY))
    assert art.lead == standfirst
    assert standfirst not in art.paragraphs
    art = clean(page(TITLE, first, "[hotel-photo]", "By Jane Doe", *BODY))
    assert art.lead is None
    assert art.paragraphs[0] == first


def test_a_paragraph_cut_short_by_its_colon_is_no_headline():
    """Two sentences of a blog's first paragraph, ending in a colon that
    announces a quote, are not the headline above them."""
    first = ("Dank Kabelanschluss höre ich auch hier den Sender aus dem Süden. "
             "Dort läuft gerade eine spannende Sendung zum Thema:")
    art = clean(page("• Start", "• Blog", GERMAN_TITLE, "von hafenblog", first, *GERMAN_BODY))
    assert art.title == GERMAN_TITLE
    # a two-sentence headline of few words is still one
    short = "Tutoring was supposed to save the kids. Did it?"
    art = clean(page("• Home", "• News", short, "March 3, 2021", *BODY))
    assert art.title == short


@pytest.mark.parametrize("line", ["Home Networks and Cyber Security", "«Gute Löhne alleine reichen nicht»",
                                  "Next Generation of Ferries Arrives"])
def test_headlines_that_start_like_a_breadcrumb_are_still_headlines(line):
    from newsclean.head import _NOT_HEADLINE

    assert not _NOT_HEADLINE.search(line)


GERMAN_TITLE = "Neue Buslinien für die Altstadt"
GERMAN_BODY = [
    "Der Stadtrat hat am Dienstag nach einer langen Debatte beschlossen, dass ab Januar drei neue Buslinien durch die Altstadt fahren.",
    "Die Verkehrsbetriebe wollen dafür zwölf neue Fahrzeuge kaufen, die mit Strom fahren und in der Nacht geladen werden.",
    "Kritiker bemängeln, dass die Haltestellen in den engen Gassen zu wenig Platz für Kinderwagen und Rollstühle bieten.",
    "Die Bürgermeisterin sagte, man werde die Pläne im Frühjahr noch einmal mit den Anwohnern und der Kultur besprechen.",
]


def test_a_name_in_a_german_row_of_facts_unless_the_article_uses_its_words():
    art = clean(page(GERMAN_TITLE, "28. Jan. 2022 Paula Berger", *GERMAN_BODY))
    assert art.language == "de"
    assert art.authors == ("Paula Berger",)
    # a topic in capitals, as German writes its nouns, that the article uses
    art = clean(page(GERMAN_TITLE, "28. Jan. 2022 Verkehr Kultur", *GERMAN_BODY))
    assert art.authors == ()
    # a line beside the dateline, too
    art = clean(page(GERMAN_TITLE, "Altstadt Buslinien", "28. Jan. 2022", *GERMAN_BODY))
    assert art.authors == ()
    art = clean(page(GERMAN_TITLE, "Paula Berger", "28. Jan. 2022", *GERMAN_BODY))
    assert art.authors == ("Paula Berger",)


@pytest.mark.parametrize("line", ["Press Release", "Home Blog", "News Items", "All Insights", "Navigation Menu"])
def test_a_menus_words_beside_the_dateline_are_no_name(line):
    art = clean(page(TITLE, line, "March 3, 2021", *BODY))
    assert art.authors == ()
    art = clean(page(TITLE, "Jane Doe", "March 3, 2021", *BODY))
    assert art.authors == ("Jane Doe",)


def test_a_logos_letters_are_no_name():
    art = clean(page(TITLE, "Y I R", "March 3, 2021", *BODY))
    assert art.authors == ()


def test_glued_byline_and_name_in_a_dateline_before_a_neighbour():
    from newsclean.names import split_names

    assert split_names("ByJane DoeMar 5, 2021 | 6 comments") == ["Jane Doe"]
    # the name inside the dateline, not the newsletter prompt beside it
    art = clean(page(TITLE, "Join The Newsletter", "Jane Doe•Oct 20, 2021", *BODY))
    assert art.authors == ("Jane Doe",)
    # a month is no part of a name
    art = clean(page(TITLE, "[624cde] Susan December 9, 2021 0 Comments", *BODY))
    assert art.authors == ()


def test_a_bulleted_byline_read_as_a_menu_item_still_names_the_author():
    far = ["• Home", "• News", "• by Jane Doe", "• 6 Comments", *(f"• Section {k}" for k in range(14))]
    art = clean(page(*far, TITLE, *BODY))
    assert art.authors == ("Jane Doe",)


def test_an_author_box_line_is_not_the_headline():
    for box in ("Jane Doe, MS, RD, FAND", "Jane Doe and John Roe | Guest Columnists"):
        art = clean(page("• Home", TITLE, "[photo]", box, box, "Sept 2, 2021", *BODY))
        assert art.title == TITLE


def test_a_name_with_its_role_and_a_glued_written_by_above_the_text():
    art = clean(page(TITLE, "Jane Doe, Shipping Expert", *BODY))
    assert art.authors == ("Jane Doe",)
    art = clean(page(TITLE, "Byline profile imageWritten by Jane Doe, CEPF®", *BODY))
    assert art.authors == ("Jane Doe, CEPF®",)  # the name's credential stays with it
    # a place and a role-less phrase are no author
    art = clean(page(TITLE, "Harbour Street, Old Town", *BODY))
    assert art.authors == ()


def test_row_words_and_german_topics_are_no_authors():
    for row in ("Last Updated: March 3, 2021", "Written By | March 3, 2021", "Mental HealthDECEMBER 3, 2021 • News"):
        art = clean(page(TITLE, row, *BODY))
        assert art.authors == (), row
    german = [
        "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke für Autos zu sperren, nach einer Debatte, "
        "die mehr als zehn Jahre gedauert und die Viertel auf beiden Seiten des Wassers gespalten hatte.",
        "Die Ingenieure hatten gewarnt, dass der Stahl unter der Fahrbahn schneller rostet als erwartet und dass "
        "die Reparaturen mehr kosten würden als eine neue Brücke für Radfahrer und Fußgänger in der Stadt.",
    ]
    art = clean(page("Stadtrat sperrt alte Hafenbrücke", "Aktuelle Meldung • 3. März 2021", *german))
    assert art.authors == ()


def test_a_lower_case_line_near_the_body_is_no_headline():
    # an image's text or a slug printed between the byline and the body
    paras = [
        "The city council approved the new budget on Tuesday after a debate that lasted most of the night.",
        "The plan raises spending on schools and public transport, and it cuts the money set aside for roads.",
        "Opponents said the council had not explained how it would pay for the new bus lines in the long run.",
    ]
    title = "Harbour town agrees spending plan after marathon session"
    text = "\n\n".join([title, "Jane Doe", "Senior Reporter", "March 3, 2024", "council budget bus lines", *paras])
    assert clean(text).title == title


def test_names_with_their_pictures_text_and_roles_after_a_comma():
    from newsclean.names import split_names

    line = (
        "By Jane Doe Headshot Jane Doe, Privacy and Digital Security Expert & John Roe Headshot John Roe, "
        "Home Security Expert Last Updated on Mar 11, 2026"
    )
    assert split_names(line) == ["Jane Doe", "John Roe"]
    assert split_names("By Jane Doe, Senior Editor, and John Roe") == ["Jane Doe", "John Roe"]
    assert split_names("By Jane Doe, John Roe and Max Moe") == ["Jane Doe", "John Roe", "Max Moe"]


def test_a_long_dated_byline_read_as_a_teaser_still_names_the_author():
    byline = "By Jane Doe – Updated Sep 9, 2025 at 1:00 PM EST | Fact-checked by John Roe"
    menu = [f"• Section {k}" for k in range(12)]
    art = clean(page("Harbour investing", byline, "ShareFollow", *menu, TITLE, *BODY))
    assert art.authors == ("Jane Doe",)
    # an undated "By ..." line of the same length is a teaser's, and names nobody
    teaser = "By the river the council plans new homes for families and students"
    art = clean(page("Harbour investing", teaser, "ShareFollow", *menu, TITLE, *BODY))
    assert art.authors == ()


def test_the_authors_picture_names_the_author():
    for picture in ("Picture of Jane Doe", "Headshot of Jane Doe, Associate Writer at Acme", "Jane Doe avatar"):
        art = clean(page(TITLE, picture, "Sept 2, 2021", *BODY))
        assert art.authors == ("Jane Doe",), picture
    art = clean(page(TITLE, "Picture of the harbour bridge at night", "Sept 2, 2021", *BODY))
    assert art.authors == ()


def test_a_dated_byline_anywhere_before_the_tail_dates_the_article():
    # glued and read as part of the article's region
    art = clean(page(TITLE, BODY[0], "ByJane DoeMar 5, 2025 | 6 comments", *BODY[1:]))
    assert art.published is not None and art.published.date() == dt.date(2025, 3, 5)
    # a blog's footer line under the post
    art = clean(page(TITLE, *BODY, "Posted by Jane Doe on November 1, 2012 12:01 AM", "Privacy Policy"))
    assert art.published is not None and art.published.date() == dt.date(2012, 11, 1)
    # a sentence of the article that opens with "By" and a date is no byline
    body = list(BODY)
    body[1] = ("By March 5, 2025 the engineers must deliver a report on the steel under the deck, "
               "which has been corroding faster than anyone on the council had expected.")
    art = clean(page(TITLE, *body))
    assert art.published is None


def test_an_update_date_glued_to_its_word_is_no_publication_date():
    art = clean(page(TITLE, "ByJane Doe UpdatedJanuary 25, 2026", *BODY))
    assert art.published is None
    assert art.updated is not None and art.updated.date() == dt.date(2026, 1, 25)


def test_author_box_under_the_first_copy_of_the_headline():
    # The page's title line, the author's box under it, a sidebar, then the
    # headline again over the text: the box belongs to the article's head.
    art = clean(page(
        "Riverside Gazette", "Home   News   Sport   Culture", TITLE, "Jane Doe's picture", "Jane Doe", "Senior Reporter",
        "Share   Tweet   Email", "Related: Storm closes roads", "Bridge repairs in other towns", "Newsletter sign-up",
        "Most read", "Flood warnings lifted", "Market opens early", "Ferry timetable", "Weather today", "Sponsored",
        "Advertisement", TITLE, *BODY,
    ))
    assert art.title == TITLE
    assert art.authors == ("Jane Doe",)


def test_a_name_far_above_a_headline_printed_once_is_no_author():
    filler = [f"Section {i}" for i in range(14)]
    art = clean(page("Jane Doe", "Senior Reporter", *filler, TITLE, *BODY))
    assert art.authors == ()


def test_names_glued_to_links_buttons_or_their_own_copies():
    from newsclean.names import split_names

    # a picture's text, its title and the link, glued: one name
    assert split_names("Jonathan JonesJonathan JonesJonathan Jones") == ["Jonathan Jones"]
    assert split_names("By Maria GarcíaMaria García") == ["Maria García"]
    # a button or link printed after the name in the same line
    assert split_names("By A. J. Neal    View In Digital Edition") == ["A. J. Neal"]
    assert split_names("By Jane Doe Follow") == ["Jane Doe"]
    # link texts run together, a web address: no person
    assert split_names("Wedding ChecklistsJust EngagedWedding Planning") == []
    assert split_names("LoginJoin Example.org") == []
    # a brand's one seam and the prefixes of surnames stay names
    assert split_names("By HomeAdvisor") == ["HomeAdvisor"]
    assert split_names("By DeShawn McKenzie and Ana LaRue") == ["DeShawn McKenzie", "Ana LaRue"]
    assert split_names("By Grace Reading") == ["Grace Reading"]  # two words are kept


def test_a_button_beside_the_dateline_is_no_author():
    for button in ("Start Quiz", "Get Price Quote", "Download Edition"):
        art = clean(page(TITLE, button, "12 March 2021", *BODY))
        assert art.authors == (), button


def test_the_pages_only_date_far_from_the_headline_dates_it():
    # the dateline at the end of a long article, past the head's reach
    long_body = [f"{p} (part {k})" for k in range(4) for p in BODY]
    art = clean(page(TITLE, *long_body, "12 March 2021", "Privacy policy"))
    assert art.published is not None and art.published.date() == dt.date(2021, 3, 12)
    # several days far from the headline: a list's items, no date of the page
    days = [f"{d} March 2021" for d in (3, 9, 12)]
    art = clean(page(TITLE, *long_body, *days, "Privacy policy"))
    assert art.published is None


@pytest.mark.parametrize(
    ("foot", "day"),
    [
        (["• Content current as of:", "09/25/2025"], dt.date(2025, 9, 25)),
        (["• A documentary", "by Jane Roe", "• Mise en ligne", "23 mai 2019"], dt.date(2019, 5, 23)),
        (["This entry was posted in News on May 3, 2012 by jane. Bookmark the permalink."], dt.date(2012, 5, 3)),
    ],
)
def test_the_articles_foot_dates_an_undated_page(foot, day):
    # a long article (its foot is far from its head), and further down
    # another date: not the page's only one
    long_body = [f"{p} (part {k})" for k in range(4) for p in BODY]
    art = clean(page(TITLE, *long_body, *foot, "• Other", "• Credits", "• Sound", "• Recorded", "15 April 2019", "Privacy policy"))
    assert art.published is not None and art.published.date() == day


def test_the_heads_date_stands_over_the_foots():
    art = clean(page(TITLE, "12 March 2021", *BODY, "Last reviewed:", "09/25/2025"))
    assert art.published is not None and art.published.date() == dt.date(2021, 3, 12)


@pytest.mark.parametrize(
    "tail",
    [
        ["Related posts", "• Council opens the new bus station", "4 May 2022", "• Harbour bridge closes for repairs", "9 May 2022"],
        ["3 Comments", "Jane Roe", "May 5, 2022 at 10:14 am", "Great article, thanks for writing it."],
    ],
)
def test_dates_of_the_lists_and_comments_after_the_article_are_not_its_own(tail):
    art = clean(page(TITLE, *BODY, *tail))
    assert art.published is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("EditorialNovember 22, 2018", dt.date(2018, 11, 22)),  # a section's link, then the date
        ("Demel13.12.2022", dt.date(2022, 12, 13)),
        ("Posted in HealthMarch 3, 2024", dt.date(2024, 3, 3)),
    ],
)
def test_a_date_glued_to_the_word_before_it_dates_the_page(line, day):
    art = clean(page(TITLE, line, *BODY))
    assert art.published is not None and art.published.date() == day


@pytest.mark.parametrize("line", ["Version2.0.1 released", "iPhone15 Pro Max 256GB", "Route66 Diner"])
def test_words_glued_to_numbers_are_no_dates(line):
    from newsclean.classify import glued_dateline

    assert not glued_dateline(line)


@pytest.mark.parametrize(
    ("row", "day"),
    [
        ("01.12.2022 / Solar News / Concentrated Solar Power / Thermal Storage / Research", dt.date(2022, 12, 1)),
        ("⋅ November 22, 2011 ⋅ Jane Doe ⋅ Email ⋅ Print ⋅ Share ⋅ 4 comments", dt.date(2011, 11, 22)),
        ("Eingetragen am 3. Januar 2020 von Redaktion in Reisen, Spanien", dt.date(2020, 1, 3)),
    ],
)
def test_a_row_of_facts_with_its_date_under_the_headline(row, day):
    # a long article, and another date far below it: the row is the head's only date
    long_body = [f"{p} (part {k})" for k in range(3) for p in BODY]
    art = clean(page(TITLE, row, *long_body, "• Other", "• Credits", "• Sound", "• More", "15 April 2019", "Privacy policy"))
    assert art.published is not None and art.published.date() == day


@pytest.mark.parametrize(
    "line",
    ["Mis à jour le 4 mai 2024 à 10h12", "Aktualisiert am 04.05.2024", "Actualizado el 4 de mayo de 2024"],
)
def test_an_update_in_another_language_is_no_publication(line):
    art = clean(page(TITLE, line, *BODY))
    assert art.published is None
    assert art.updated is not None and art.updated.date() == dt.date(2024, 5, 4)


@pytest.mark.parametrize(
    ("line", "title", "day"),
    [
        ("Backup Strategy January 22nd, 2019", "Backup Strategy", dt.date(2019, 1, 22)),
        ("Dec 18 2025 Preparing a transition in Debusine", "Preparing a transition in Debusine", dt.date(2025, 12, 18)),
        ("Advent of Code 2025 week 2 20 December 2025", "Advent of Code 2025 week 2", dt.date(2025, 12, 20)),
    ],
)
def test_a_date_on_the_headlines_line_is_the_pages_not_the_titles(line, title, day):
    art = clean(page("Menu", line, *BODY))
    assert art.title == title
    assert art.published is not None and art.published.date() == day


@pytest.mark.parametrize(
    "line",
    [
        "Reparaturcafé am 31. Januar",  # the headline's own date, led to by its words
        "Minutes of the board meeting of 10 October 2019",
        "Stocks fell on March 3, 2024 as markets slid",  # inside the headline
        "The Best VPN Services of 2026",  # a year alone
    ],
)
def test_a_date_that_belongs_to_the_headline_stays_in_it(line):
    from newsclean.metadata import split_title_date

    assert split_title_date(line, "de" if "am" in line.split() else "en") == (line, None)


def test_the_headlines_date_outranks_a_date_under_the_article():
    # the foot's date belongs to a widget recommending another blog's post
    long_body = [f"{p} (part {k})" for k in range(4) for p in BODY]
    art = clean(page("Menu", "Backup Strategy January 22nd, 2019", *long_body, "via Emma Doe August 25, 2025", "More Posts"))
    assert art.published is not None and art.published.date() == dt.date(2019, 1, 22)


def test_a_byline_closing_the_standfirst_gives_author_and_date():
    lead = "The city wants to close the old bridge to cars before the winter. By Jane Doe on Dec. 19, 2025"
    art = clean(page(TITLE, lead, "Photo: John Smith / Example Agency", *BODY))
    assert art.authors == ("Jane Doe",)
    assert art.published is not None and art.published.date() == dt.date(2025, 12, 19)


@pytest.mark.parametrize("end", ["By March, the council must decide.", "By Tuesday the bridge will be closed to cars."])
def test_a_standfirst_sentence_starting_with_by_is_no_byline(end):
    lead = f"The city wants to close the old bridge to cars before the winter. {end}"
    art = clean(page(TITLE, lead, "Photo: John Smith / Example Agency", *BODY))
    assert art.authors == ()
    assert art.published is None


#: Links of a box under a short article: other articles, no dates.
_BOX = ["Audio and video on the topic", "Ferry service to start in spring", "Cyclists ask for a wider footbridge",
        "The harbour's history in pictures", "Shop owners fear lost trade"]


def test_the_pages_only_dateline_under_a_box_of_links_dates_a_short_article():
    text = page("Home", "News", TITLE, BODY[0], BODY[1], *_BOX, "• Date 23.05.2011", "• Print this page",
                "• Permalink https://example.com/p/RPYx")
    art = clean(text)
    assert art.published is not None and art.published.date() == dt.date(2011, 5, 23)


def test_a_dated_teaser_beside_a_dated_teaser_past_the_article_dates_it_not():
    # the second teaser is too long to be a dateline, but it holds a date
    teasers = ["• Just This Next Step - December 16, 2019",
               "• WAIT: A Practice for Waiting in Line and Other Places of Our Days - December 9, 2019"]
    assert clean(page("Home", TITLE, *BODY, *_BOX[:4], *teasers)).published is None


def test_a_date_far_below_the_article_dates_it_not():
    links = [f"Link {k} to elsewhere on the site" for k in range(6)]
    text = page("Home", TITLE, *BODY, *_BOX, *links, "• Date 23.05.2011")
    assert clean(text).published is None


@pytest.mark.parametrize("identifier", ["VN:F [1.9.22_1171]", "build 3.4.21_rc2", "v1.10.20_beta"])
def test_a_version_joined_to_its_build_number_is_no_date(identifier):
    from newsclean.dates import find_date

    assert find_date(identifier) is None
    text = page("Home", TITLE, identifier, "Posted 3 January 2020", *BODY)
    art = clean(text)
    assert art.published is not None and art.published.date() == dt.date(2020, 1, 3)


@pytest.mark.parametrize("text, date", [("12.05.2020Autor: Jane Doe", "12.05.2020"), ("1.9.22, 12:30", "1.9.22")])
def test_a_numeric_date_before_a_word_or_a_comma_is_still_one(text, date):
    from newsclean.dates import find_date

    found = find_date(text)
    assert found is not None and found.group() == date


#: Links and facts printed under an article: no dates.
_FACTS = ["Subscribe once", "Pay what you like", "Focus: climate strikes", "• Economy", "• Climate"]


def test_a_date_alone_among_the_facts_under_the_article_dates_it():
    text = page("Home", "News", TITLE, *BODY, *_FACTS, "• 13. 1. 2020", "• Logo", "Commentary by", "Jane Doe")
    art = clean(text)
    assert art.published is not None and art.published.date() == dt.date(2020, 1, 13)


def test_a_date_beside_another_dated_link_under_the_article_dates_it_not():
    text = page("Home", "News", TITLE, *BODY, *_FACTS, "• 13. 1. 2020", "• Archive of 20. 1. 2020", "• Logo")
    assert clean(text).published is None


@pytest.mark.parametrize("line, names", [
    # a group that writes: the outlet's or the company's name and its staff
    ("By The Currency editors", ["The Currency editors"]),
    ("by Resy Staff", ["Resy Staff"]),
    ("By EDB Team", ["EDB Team"]),
    ("By TOI Lifestyle Desk", ["TOI Lifestyle Desk"]),
    ("By Jane Doe and the Acme Team", ["Jane Doe"]),  # "the ...": no name of a group
    # a person and their role stay a person
    ("By Jane Doe, Staff Writer", ["Jane Doe"]),
    ("By Jane Doe Staff Writer", ["Jane Doe"]),
    ("By Jane Doe, Editor, and John Roe, Staff Writer", ["Jane Doe", "John Roe"]),
    ("By the editors", []),
    ("By Tuesday the team had left", []),
])
def test_a_byline_naming_a_group_keeps_its_staff_word(line, names):
    from newsclean.names import split_names

    assert split_names(line) == names


_DE_BODY = [
    "Die Stadt hat am Dienstag beschlossen, die alte Hafenbrücke für Autos zu sperren. Damit endet ein Streit, der mehr als zehn Jahre gedauert hat.",
    "Ingenieure hatten gewarnt, dass der Stahl unter der Fahrbahn schneller rostet als erwartet. Eine Reparatur wäre teurer gewesen als ein neuer Steg.",
    "Die Anwohner waren bei der Sitzung gespalten. Die Ladenbesitzer fürchten um ihre Kunden, die Eltern sagen, die Brücke sei für Kinder zu gefährlich.",
]


@pytest.mark.parametrize(
    ("row", "authors"),
    [
        # German stoplists hold first names: the name beside the date is read
        ("Michael Mäser, 02.02.2022", ("Michael Mäser",)),
        ("Georg Quaas, 21. Jan. 2015", ("Georg Quaas",)),
        # a preposition the page writes small, a noun of the article: no name
        ("Über Uns, 02.02.2022", ()),
        ("Hafenbrücke Aktuell, 02.02.2022", ()),
        ("Thomas Über, 02.02.2022", ()),
    ],
)
def test_a_german_name_beside_the_date_may_open_with_a_first_name_the_stoplist_holds(row, authors):
    text = "\n\n".join(["Startseite", "Politik", "Stadt sperrt die alte Hafenbrücke für Autos", row, *_DE_BODY,
                       "Mehr über die Stadt und über den Hafen", "Impressum"])
    assert clean(text).authors == authors


def test_one_byline_printed_twice_is_no_menu_of_facets():
    # the byline over the article and again, shorter, beside the author's picture
    text = page("Home", "Blog", TITLE, "By Claire Wilson, Co-Founder & COO", "[claire-wilson.jpg]", "By Claire Wilson,",
                "December 3, 2025", *BODY, "© 2025 Example Ltd")
    assert clean(text).authors == ("Claire Wilson",)


def test_the_author_card_inside_the_article_names_the_author():
    # no byline: the card under the article's paragraphs, a name over a role
    card = ["Jane Doe", "Senior Editor, Harbour Desk"]
    text = page("Home", TITLE, BODY[0], BODY[1], *card, BODY[2], BODY[3], "© 2025 Harbour News")
    assert clean(text).authors == ("Jane Doe",)
    # two cards: a list of contributors, no one author
    two = page("Home", TITLE, BODY[0], BODY[1], *card, BODY[2], "Maria Lopez", "Staff Writer", BODY[3], "© 2025 Harbour News")
    assert clean(two).authors == ()


@pytest.mark.parametrize("picture", ["[heather-eldridge-08]", "[Heather Eldridge]", "[avatar]"])
def test_a_byline_after_its_authors_picture_is_read(picture):
    # w3m prints the author's picture by its name, glued before the byline;
    # here away from the head, where only a line read as a byline is looked for
    far = ["• Home", "• World", "• Sport", "• Culture", "• Travel", f"{picture} By Heather Eldridge"]
    art = clean(page(*far, *(f"• Section {k}" for k in range(14)), TITLE, *BODY))
    assert art.authors == ("Heather Eldridge",)


def test_a_pictures_name_alone_is_no_byline():
    from newsclean.text import BYLINE_START

    assert BYLINE_START.match("[logo] Home") is None
    assert BYLINE_START.match("[by-the-sea.jpg]") is None


@pytest.mark.parametrize("line, names", [
    # the next field of a row of post facts ends the name
    ("Von Anna Schmidt Kategorien: Mode 6. November 2023, 15:25 Uhr", ["Anna Schmidt"]),
    ("By Jane Doe Filed under: Politics", ["Jane Doe"]),
    ("Par Jean Dupont Rubrique: Société", ["Jean Dupont"]),
    ("By Jane Doe, Reporter Updated: May 3, 2024", ["Jane Doe"]),
    # a numeric date glued to the name
    ("[anna-schmidt]von Anna Schmidt13.12.2022 - 08:13 Uhr", ["Anna Schmidt"]),
    ("By Jane Doe2025-03-01", ["Jane Doe"]),
    # negatives: a colon after the name alone, a name and a headline's colon
    ("By Jane Doe: The Story Behind the Vote", []),
    ("By Jane Doe", ["Jane Doe"]),
])
def test_a_row_field_or_a_glued_date_after_the_name(line, names):
    from newsclean.names import split_names

    assert split_names(line) == names


def test_a_row_field_after_the_byline_in_a_page():
    art = clean(page(TITLE, "Von Anna Schmidt Kategorien: Mode 6. November 2023, 15:25 Uhr", *BODY))
    assert art.authors == ("Anna Schmidt",)


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("The Ultimate Car Maintenance Checklist | Acme Tires", "The Ultimate Car Maintenance Checklist"),
        ("Best Residential Movers in Leeds 2025 | Top 19 Companies", "Best Residential Movers in Leeds 2025"),
        # too short before the pipe to be the headline alone: kept whole
        ("Podcast | Harbour bridge closes to cars", "Podcast | Harbour bridge closes to cars"),
        ("Council votes to close old harbour bridge", "Council votes to close old harbour bridge"),
    ],
)
def test_what_a_pipe_adds_after_the_headline_is_cut(headline, title):
    art = clean(page("Home", "News", headline, *BODY))
    assert art.title == title


@pytest.mark.parametrize("dateline, day", [
    # an author's link and the date after it, glued: the day is the date's
    ("Jane Doe22. Februar 2020", dt.date(2020, 2, 22)),
    ("By John Roe5 March 2021", dt.date(2021, 3, 5)),
    ("AvatarAvatarJane Doe3 mai 2019", dt.date(2019, 5, 3)),
    # a blog's date badge: the day, its weekday, the month and year
    ("31 Donnerstag Okt 2019", dt.date(2019, 10, 31)),
    ("12 Tue Oct 2020", dt.date(2020, 10, 12)),
    ("• 4 mercredi sept. 2019", dt.date(2019, 9, 4)),
])
def test_a_day_apart_from_its_month_is_read_with_it(dateline, day):
    from newsclean.metadata import _line_date

    found = _line_date(dateline, "en")
    assert found is not None and found[1].date() == day
    art = clean(page(TITLE, dateline, *BODY))
    assert art.published is not None and art.published.date() == day


@pytest.mark.parametrize("line", [
    "Page 3 Thursday, October 2019",   # a number that is no badge's day
    "Issue 12, Tuesday October 2020",
])
def test_a_number_before_a_weekday_and_month_is_no_day(line):
    from newsclean.metadata import _line_date

    assert _line_date(line, "en") is None


def test_a_users_digits_before_a_full_date_stay_in_the_name():
    from newsclean.dates import unglued

    # the name's digits are no day: the date gives its own
    assert unglued("Vetzero58 July 24, 2012 4:32 AM") == "Vetzero58 July 24, 2012 4:32 AM"
    assert unglued("Bojax39 July 2012") == "Bojax39 July 2012"
    assert unglued("Petal26 October 2012 17:44") == "Petal 26 October 2012 17:44"


def test_commenters_whose_dates_are_glued_to_their_names():
    from test_comments import C1, C2, C3, assert_body_intact

    art = clean(page(
        TITLE, *BODY, "3 comments:",
        "Peter Parker26 October 2012 17:38", C1,
        "MaryJane26 October 2012 17:40", C2,
        "harry26 October 2012 17:44", C3,
    ))
    assert_body_intact(art)
    assert [c.author for c in art.comments] == ["Peter Parker", "MaryJane", "harry"]


@pytest.mark.parametrize("footer, when", [
    ("This page was last edited on 29 January 2020, at 13:22.", dt.datetime(2020, 1, 29, 13, 22)),
    ("Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr bearbeitet.", dt.datetime(2020, 1, 29, 13, 22)),
    ("La dernière modification de cette page a été faite le 3 mars 2021 à 10:05.", dt.datetime(2021, 3, 3, 10, 5)),
    ("Esta página se editó por última vez el 3 mar 2021 a las 10:05.", dt.datetime(2021, 3, 3, 10, 5)),
])
def test_a_pages_last_changed_line_is_its_updated_date(footer, when):
    art = clean(page(TITLE, *BODY, "• Privacy policy", "• About", "• Contact", "• Careers", footer, "• Disclaimers"))
    assert art.published is None
    assert art.updated is not None and art.updated.date() == when.date()


def test_a_last_changed_line_gives_way_to_the_articles_own_date():
    art = clean(page(TITLE, "12 March 2021", *BODY, "This page was last edited on 29 January 2022, at 13:22."))
    assert art.published.date() == dt.date(2021, 3, 12)
    assert art.updated is None


@pytest.mark.parametrize("sentence", [
    # news sentences about pages and changes are not a page's footer
    "The minister said the page was last updated before the election, on 3 May 2021, and has not changed.",
    "Critics noted that this page was last edited by an anonymous user on 3 May 2021, hours before the vote.",
])
def test_a_sentence_of_the_body_about_a_page_is_no_footer(sentence):
    art = clean(page(TITLE, *BODY[:2], sentence, *BODY[2:]))
    assert art.updated is None and art.published is None


def test_a_german_byline_before_its_date_names_a_writer_the_article_quotes():
    quoted = GERMAN_BODY[:2] + [
        "Welche Linien zuerst fahren, hat Paula Berger, Planerin bei den Verkehrsbetrieben, in einem Bericht skizziert.",
        *GERMAN_BODY[2:],
    ]
    for row in ("Paula Berger | 28. Januar 2022 | Verkehr", "Paula Berger, 28. Jan. 2022"):
        art = clean(page(GERMAN_TITLE, row, *quoted))
        assert art.language == "de"
        assert art.authors == ("Paula Berger",), row
    # a topic after the date, which the article names, is no writer
    art = clean(page(GERMAN_TITLE, "28. Januar 2022 | Paula Berger", *quoted))
    assert art.authors == ()
    # nor an organisation whose words the article also writes apart
    union = GERMAN_BODY[:2] + [
        "Die Europäische Union hatte die Pläne gefördert; die Union will auch die neuen Fahrzeuge bezahlen.",
        *GERMAN_BODY[2:],
    ]
    art = clean(page(GERMAN_TITLE, "Europäische Union, 28. Jan. 2022", *union))
    assert art.authors == ()


@pytest.mark.parametrize("line, name", [
    ("Jane Doe Education editor", "Jane Doe"),
    ("John Roe Political correspondent", "John Roe"),
    ("Mary Ann Smith Foreign affairs reporter", "Mary Ann Smith"),
])
def test_a_name_over_its_desk_with_no_mark_between(line, name):
    art = clean(page(TITLE, "The city will close the bridge to cars in the spring, the council decided", line, *BODY))
    assert art.authors == (name,)


@pytest.mark.parametrize("line", [
    "Meet The New Sports editor",
    "Council Names Its Chief Sports editor",
    "Jane Doe is the Education editor",
])
def test_a_headline_or_a_sentence_about_an_editor_is_no_byline(line):
    art = clean(page(TITLE, line, *BODY))
    assert art.authors == ()


BIO = "Jane writes about cities, transport and the people who plan them, and has covered the harbour for ten years."


@pytest.mark.parametrize("box", [
    ["Jane Doe", BIO],
    ["About the author", "Jane Doe", "| Author", BIO],
    ["Jane Doe", "(Editor / Journalist) – " + BIO],
])
def test_an_author_box_with_a_biography_under_the_article(box):
    art = clean(page(TITLE, *BODY, *box, "• Privacy policy", "• Contact"))
    assert art.authors == ("Jane Doe",)


@pytest.mark.parametrize("box", [
    # a heading whose paragraph repeats it, or opens with a word the article writes small
    ["Medical Loss Ratios", "Medical loss ratios tell how much of every premium goes to care, and they vary a lot."],
    ["Our Methodology", "Our experts compared over a dozen carriers and read every policy before our team ranked them."],
    # a product whose words the page prints in lower case
    ["Acme Business", "Acme helps every business plan its routes, and its software runs on any phone or tablet."],
    # a team page: two boxes name no single writer
    ["Jane Doe", BIO, "John Roe", "John writes about ferries and trains and has reported from the harbour since 2019."],
])
def test_a_heading_a_product_or_a_team_is_no_author_box(box):
    art = clean(page(TITLE, *BODY, *box, "• Privacy policy", "• Contact"))
    assert art.authors == ()


def test_a_picture_of_a_person_is_no_author_box():
    shown = ["Jane Doe", "Jane Doe is one of the artists playing at the harbour festival (Photo credit: Acme/Getty Images)"]
    art = clean(page(TITLE, *BODY, *shown, "• Privacy policy", "• Contact"))
    assert art.authors == ()


def test_a_person_the_article_portrays_is_not_its_writer():
    portrait = ["Chloe Kim", "Chloe trained on the harbour slopes every winter and won her first title at fifteen years old."]
    art = clean(page(TITLE, *BODY[:2], *portrait, *BODY[2:]))
    assert art.authors == ()
