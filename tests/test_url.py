"""The page's URL as evidence: slug, path date, host (newsclean.url and its use)."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

import newsclean
from newsclean import DateSource, clean_files
from newsclean.cli import main
from newsclean.url import ascii_forms, read_url, slug_match, slug_words

PAGE = """Riverside Gazette

Home   News   Sport   Culture   Contact

Council votes to rebuild the old stone bridge

The repairs will take two years and cost the city four million euros.

Photo: The bridge seen from the north bank.

What the engineers found

The city council voted on Tuesday to rebuild the old stone bridge that has stood over the river since 1887, after engineers found cracks in two of its arches and warned that heavy lorries could no longer cross it safely.

The work will begin in the spring. During the repairs, traffic will be sent over the new ring road, and a ferry will carry people on foot and on bicycles between the two banks every twenty minutes.

Residents who spoke at the meeting said they were glad the bridge would be saved, though several asked why the council had waited so long after the first reports of damage.

The mayor said the city had asked for help from the regional government and expected an answer before the summer.
"""
ARTICLE_URL = "https://www.riverside-gazette.example/news/council-votes-to-rebuild-old-stone-bridge"


# ----------------------------------------------------------------- reading a URL


@pytest.mark.parametrize(
    "url, host, slug",
    [
        ("https://www.example.com/world/2023/06/01/ukraine-to-join-nato-stoltenberg-says/", "example.com",
         ("ukraine", "to", "join", "nato", "stoltenberg", "says")),
        # an id glued with "_id_", a file extension, a long number: not words
        ("https://www.focus.de/auto/auto-leasen-oder-kaufen_id_9209161.html", "focus.de", ("auto", "leasen", "oder", "kaufen")),
        ("https://news.example.org/story/123456789/fire-at-the-port.php", "news.example.org", ("fire", "at", "the", "port")),
        # a year and a count are words of a headline
        ("https://example.com/the-10-best-sites-for-2026", "example.com", ("the", "10", "best", "sites", "for", "2026")),
        # percent-encoded letters
        ("https://example.ua/novyny/%D0%BD%D0%BE%D0%B2%D0%B8%D0%B9-%D0%BC%D1%96%D1%81%D1%82", "example.ua", ("новий", "міст")),
        # an archive's copy is read as the page it copies
        ("https://web.archive.org/web/20200808063632/https://www.przepisy.pl/przepis/pierogi-z-dynia", "przepisy.pl",
         ("pierogi", "z", "dynia")),
        # a section's address names no article
        ("https://www.example.com/news/world/", "example.com", ()),
        ("https://www.example.com/", "example.com", ()),
    ],
)
def test_read_url_host_and_slug(url, host, slug):
    page = read_url(url)
    assert page is not None
    assert page.host == host
    assert page.slug == slug


@pytest.mark.parametrize(
    "path, day, month",
    [
        ("/world/2023/06/01/some-story", date(2023, 6, 1), (2023, 6)),
        ("/2023-06-01-some-story", date(2023, 6, 1), (2023, 6)),
        ("/news/20230601/some-story", date(2023, 6, 1), (2023, 6)),
        ("/archive/2025/12/some-story.html", None, (2025, 12)),
        ("/2019/43/zeit-issue-number", None, None),  # 43 is no month
        ("/2023/02/30/no-such-day", None, (2023, 2)),
        ("/story/123456789/fire", None, None),
        ("/1850/01/01/too-old", None, None),
    ],
)
def test_read_url_date(path, day, month):
    page = read_url("https://example.com" + path)
    assert page is not None
    assert (page.day, page.month) == (day, month)


@pytest.mark.parametrize("url", [None, "", "not a url", "mailto:jane@example.com", "/relative/path-only"])
def test_what_is_no_web_address(url):
    assert read_url(url) is None


def test_slug_words_ascii_forms():
    assert ascii_forms("Fußgängerzone") == ("fussgaengerzone", "fussgangerzone")
    assert ascii_forms("szałwiowym") == ("szalwiowym",)
    # a slug written with accents is read bare, and still agrees with its line
    assert slug_words("/Über-die-Brücke") == ("uber", "die", "brucke")
    assert slug_match(["über", "die", "brücke"], slug_words("/Über-die-Brücke")) == 1.0


def test_slug_match():
    slug = ("pflaster", "desaster", "gladbacher", "fussgaengerzone")
    assert slug_match("pflaster desaster gladbacher fußgängerzone".split(), slug) == 1.0
    assert slug_match("pierogi z dynią w sosie szałwiowym".split(), ("pierogi", "z", "dynia", "w", "sosie", "szalwiowym")) == 1.0
    # glued words and a slug cut short still agree
    assert slug_match("bergisch gladbach".split(), ("bergischgladbach", "stadt")) > 0.6
    assert slug_match(["olympia", "deutschen", "team", "aufregung"], ("olympia", "deutschen", "team", "aufreg")) > 0.8
    # a menu line shares nothing with the slug; a headline about something else little
    assert slug_match("home news sport".split(), slug) == 0.0
    assert slug_match("storm closes mountain roads for a week".split(), ("council", "votes", "bridge")) == 0.0
    assert slug_match([], slug) == 0.0 and slug_match(["a"], ()) == 0.0


# ------------------------------------------------------------------ clean(url=)


def test_slug_chooses_the_headline_among_headings():
    without = newsclean.clean(PAGE)
    assert without.title == "What the engineers found"  # the heading next to the text wins without the URL
    with_url = newsclean.clean(PAGE, url=ARTICLE_URL)
    assert with_url.title == "Council votes to rebuild the old stone bridge"
    assert with_url.lead == "The repairs will take two years and cost the city four million euros."
    assert with_url.url == ARTICLE_URL
    assert with_url.body == without.body  # the URL is evidence for metadata; the text is the same


def test_a_section_address_changes_nothing():
    plain = newsclean.clean(PAGE)
    sectioned = newsclean.clean(PAGE, url="https://www.riverside-gazette.example/news/world/")
    assert (sectioned.title, sectioned.body) == (plain.title, plain.body)


def test_a_slug_about_another_story_does_not_make_a_headline():
    page = "Storm closes mountain roads for a week\n\n" + PAGE
    article = newsclean.clean(page, url="https://example.com/news/markets-fall-as-oil-prices-rise")
    assert article.title not in ("Storm closes mountain roads for a week", "Riverside Gazette")


def test_headline_with_a_full_stop_is_taken_when_it_is_the_slug():
    page = PAGE.replace("Council votes to rebuild the old stone bridge", "Council votes to rebuild the old stone bridge.")
    assert newsclean.clean(page).title != "Council votes to rebuild the old stone bridge."
    article = newsclean.clean(page, url=ARTICLE_URL)
    assert article.title == "Council votes to rebuild the old stone bridge."


def test_date_from_the_path_when_the_text_gives_none():
    article = newsclean.clean(PAGE, url="https://riverside.example/2024/05/03/council-votes-to-rebuild-old-stone-bridge")
    assert article.published == datetime(2024, 5, 3)
    assert article.published_from is DateSource.URL
    assert article.published_text is None
    assert article.to_dict(blocks=False)["published_from"] == "url"


def test_the_texts_date_stands_and_is_flagged_as_read():
    page = PAGE.replace("Photo: The bridge", "By Jane Doe\n\nMay 3, 2024\n\nPhoto: The bridge")
    agreeing = newsclean.clean(page, url="https://riverside.example/2024/05/03/council-votes-to-rebuild-old-stone-bridge")
    assert agreeing.published.date() == date(2024, 5, 3) and agreeing.published_from is DateSource.TEXT
    contradicting = newsclean.clean(page, url="https://riverside.example/2024/04/30/council-votes-to-rebuild-old-stone-bridge")
    assert contradicting.published.date() == date(2024, 5, 3) and contradicting.published_from is DateSource.TEXT
    assert newsclean.clean(page).published_from is DateSource.TEXT
    assert newsclean.clean(PAGE).published_from is None


def test_a_dated_line_the_path_agrees_with_is_preferred():
    # the head's dateline dates an update; the path names the day of the first one, printed lower
    page = PAGE.replace("Photo: The bridge", "Updated June 9, 2024\n\nPhoto: The bridge").replace(
        "The mayor said", "First published May 3, 2024\n\nThe mayor said"
    )
    article = newsclean.clean(page, url="https://riverside.example/2024/05/03/council-votes-to-rebuild-old-stone-bridge")
    assert article.published.date() == date(2024, 5, 3)
    assert article.published_from is DateSource.TEXT


def test_publisher_from_the_host_only_when_the_text_names_none():
    assert newsclean.clean(PAGE, url=ARTICLE_URL).publisher == "riverside-gazette.example"
    named = PAGE + "\n© 2024 Riverside Media Group. All rights reserved.\n"
    assert newsclean.clean(named, url=ARTICLE_URL).publisher == "Riverside Media Group"


def test_bad_urls():
    with pytest.raises(TypeError):
        newsclean.clean(PAGE, url=b"https://example.com/x")  # type: ignore[arg-type]
    article = newsclean.clean(PAGE, url="not an address")
    assert article.url == "not an address" and article.publisher is None
    assert newsclean.clean("", url=ARTICLE_URL).url == ARTICLE_URL


def test_clean_html_reads_the_url_too():
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in PAGE.split("\n\n")) + "</body></html>"
    article = newsclean.clean_html(html, url="https://riverside.example/2024/05/03/council-votes-to-rebuild-old-stone-bridge")
    assert article.url.endswith("old-stone-bridge")
    assert article.published is not None and article.published.date() == date(2024, 5, 3)


# ------------------------------------------------------------------ batch and CLI


def test_clean_files_url_for_one_document(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE, "utf-8")
    (tmp_path / "b.txt").write_text(PAGE, "utf-8")
    [r] = clean_files([tmp_path / "a.txt"], url=ARTICLE_URL, jobs=1)
    assert r.article.title == "Council votes to rebuild the old stone bridge" and r.article.url == ARTICLE_URL
    with pytest.raises(ValueError, match="one page"):
        list(clean_files([tmp_path / "a.txt", tmp_path / "b.txt"], url=ARTICLE_URL, output_dir=tmp_path / "out"))
    with pytest.raises(ValueError, match="one page"):
        list(clean_files([tmp_path], url=ARTICLE_URL, output_dir=tmp_path.parent / "out2"))


def test_cli_url(tmp_path, capsys):
    src = tmp_path / "page.txt"
    src.write_text(PAGE, "utf-8")
    assert main(["clean", str(src), "--format", "json", "--url", ARTICLE_URL, "-q"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["url"] == ARTICLE_URL and doc["title"] == "Council votes to rebuild the old stone bridge"
    assert main(["clean", str(tmp_path), "-o", str(tmp_path.parent / "o"), "--url", ARTICLE_URL, "-q"]) == 2
    assert "one page" in capsys.readouterr().err
