"""clean_html(): rendering, decoding, the merge with trafilatura, batch and CLI."""

import json
import re
from datetime import date

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean import Label, clean_html
from newsclean.cli import EXIT_OK, main
from newsclean.fromhtml import align, declared_charset, decode_html, drop_noscript, merge
from newsclean.model import Block
from newsclean.reconcile import site_title
from newsclean.render import render
from newsclean.textio import InputError

WORDS = re.compile(r"\w+")

PARAGRAPHS = [
    "The city council voted on Tuesday to close the old harbour bridge for repairs that engineers say "
    "cannot wait another winter, after an inspection found rust in two of its main supports.",
    "The bridge, built in 1931, carries about twelve thousand cars a day between the two halves of the "
    "town, and the detour through the industrial estate will add twenty minutes to many journeys.",
    "Shop owners on the north bank said they feared losing customers during the works, which are "
    "expected to last until the end of next summer if the weather allows the crews to keep going.",
    "The mayor said a ferry would run every half hour while the bridge is closed and that the council "
    "would review the timetable after the first month, once it knows how many people use it.",
    "Engineers will replace the two damaged supports first and then repaint the whole structure, the "
    "first full repaint since the nineteen seventies, with a coating meant to last forty years.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Harbour bridge to close for repairs | The Harbour Gazette</title>
<meta property="og:site_name" content="The Harbour Gazette">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2023-06-01T11:50:00+02:00">
<script>var tracking = "do not show me";</script>
<style>.x {{ color: red }}</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li><li><a href="/contact">Contact</a></li></ul></nav>
<main><article>
<h1>Harbour bridge to close for repairs</h1>
<p class="byline">By Jane Doe</p>
<p>{PARAGRAPHS[0]}</p>
<p>{PARAGRAPHS[1]}</p>
<figure><img src="bridge.jpg" alt=""><figcaption>The old harbour bridge at dawn. Photo: John Roe</figcaption></figure>
<p>{PARAGRAPHS[2]}</p>
<div class="newsletter"><p>Sign up for our newsletter to get the latest news delivered to your inbox every morning.</p></div>
<p>{PARAGRAPHS[3]}</p>
<p>{PARAGRAPHS[4]}</p>
</article></main>
<aside><h2>Most read</h2><ul>
<li><a href="/a">Council approves new budget for schools</a></li>
<li><a href="/b">Local team wins the regional cup final</a></li>
<li><a href="/c">Storm warning issued for the coast tonight</a></li></ul></aside>
<footer><p>Copyright © 2023 The Harbour Gazette. All rights reserved.</p></footer>
</body></html>"""


def _tree(html: str):
    return lxml.html.document_fromstring(html)


# ------------------------------------------------------------------ render


def test_render_lays_out_blocks_lists_and_skips_scripts():
    out = render(_tree(
        "<html><head><title>T</title><script>alert(1)</script></head><body>"
        "<h2>Heading</h2><p>One <b>bold</b> word.</p><p>Line<br>break</p>"
        "<ul><li>first</li><li>second<ul><li>inner</li></ul></li></ul>"
        "<ol><li>alpha</li><li>beta</li></ol>"
        "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>"
        "<pre>keep\n  this</pre><span class='sr-only'>hidden for screens</span>"
        "<div>x<!-- a comment -->tail kept</div></body></html>"
    )).text
    lines = out.splitlines()
    assert "alert" not in out and "hidden for screens" not in out
    assert "Heading" in lines and "One bold word." in lines
    assert lines[lines.index("One bold word.") - 1] == ""  # paragraphs set off by a blank line
    assert "Line" in lines and "break" in lines
    assert "  • first" in lines and "  • second" in lines
    assert any(x.strip() == "• inner" and x.startswith("     ") for x in lines)  # nested deeper
    assert "  1. alpha" in lines and "  2. beta" in lines
    assert "a  b" in lines and "c  d" in lines  # simple cells side by side
    assert "keep" in lines and "  this" in lines  # pre keeps its layout
    assert "xtail kept" in lines  # the text after an HTML comment is kept


def test_render_marks_figure_lines_and_survives_deep_nesting():
    r = render(_tree("<body><p>text</p><figure><img src=x><figcaption>A caption</figcaption></figure></body>"))
    lines = r.text.splitlines()
    assert {lines.index("A caption")} == set(r.figure_lines)
    assert "deep text" in render(_tree("<div>" * 250 + "deep text" + "</div>" * 250)).text


def test_noscript_is_cut_where_a_browser_cuts_it():
    # libxml2 never closes a <noscript> that opens a <div>: the article
    # after it must not be lost with it.
    page = ("<html><head><title>Harbour bridge to close</title></head><body>"
            '<noscript><div id="nojs"><p>Please turn on JavaScript.</p></noscript><div>'
            "<h1>Harbour bridge to close</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div></div></body></html>")
    a = clean_html(page)
    assert a.paragraphs == tuple(PARAGRAPHS)
    assert "JavaScript" not in (a.rendered or "")
    assert drop_noscript("a<NOSCRIPT x>b</noscript >c<noscript>d") == "ac<noscript>d"  # unclosed: the parser's


def test_pages_too_deep_for_lxml_lose_nothing():
    deep = "<html><body><p>" + PARAGRAPHS[0] + "</p>" + "<div>" * 5000 + "<p>" + PARAGRAPHS[1] + "</p>" + \
        "</div>" * 5000 + "<p>" + PARAGRAPHS[2] + "</p><script>x = 1</script></body></html>"
    a = clean_html(deep)
    assert a.paragraphs == tuple(PARAGRAPHS[:3])
    assert "x = 1" not in (a.rendered or "")


# ------------------------------------------------------------------ decoding


def test_declared_charsets():
    assert declared_charset(b'<meta charset="iso-8859-1">') == "cp1252"
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">') == "cp1251"
    assert declared_charset(b'<?xml version="1.0" encoding="Shift_JIS"?><html>') == "shift_jis"
    assert declared_charset(b'<meta charset="utf-16">') == "utf-8"
    assert declared_charset(b'<meta charset="no-such-charset">') is None
    assert declared_charset(b"<html><body>nothing declared</body></html>") is None


def test_decode_html_by_declaration_then_detection():
    cyr = "<html><head><meta charset='windows-1251'></head><body><p>Новини України</p></body></html>"
    assert "Новини України" in decode_html(cyr.encode("cp1251"))
    latin = "<html><head><meta charset='iso-8859-1'></head><body><p>Café “quoted”</p></body></html>"
    assert "Café “quoted”" in decode_html(latin.encode("cp1252"))
    # declared UTF-8 but is not: falls back to detection instead of failing
    lie = "<html><head><meta charset='utf-8'></head><body><p>" + "Grüße aus Köln. " * 20 + "</p></body></html>"
    assert "Grüße" in decode_html(lie.encode("cp1252"))
    # declares a one-byte charset but its bytes are UTF-8 (a stale <meta>): UTF-8
    stale = "<html><head><meta charset='iso-8859-1'></head><body><p>Darüber diskutieren Experten – „seit gestern“</p></body></html>"
    assert "Darüber diskutieren Experten – „seit gestern“" in decode_html(stale.encode("utf-8"))
    cyr_stale = cyr.replace("windows-1251", "koi8-r")
    assert "Новини України" in decode_html(cyr_stale.encode("utf-8"))
    assert decode_html("\ufeff<p>bom</p>".encode("utf-8")).startswith("<p>bom")
    with pytest.raises(InputError):
        decode_html(bytes(range(256)) * 4)


# ------------------------------------------------------------------ clean_html


def test_clean_html_article_body_and_metadata():
    a = clean_html(PAGE)
    assert a.paragraphs == tuple(PARAGRAPHS)
    assert "newsletter" not in a.body and "Most read" not in a.body and "Copyright" not in a.body
    assert "Photo: John Roe" not in a.body
    assert a.title == "Harbour bridge to close for repairs"
    assert a.authors == ("Jane Doe",)
    assert a.published is not None and a.published.date() == date(2023, 6, 1)
    assert a.language == "en"
    # blocks index the rendered page
    assert a.rendered is not None
    for b in a.blocks:
        assert WORDS.findall(a.rendered[b.start : b.end]) == WORDS.findall(b.text)
    labels = {b.text: b.label for b in a.blocks}
    assert labels["• Home"] is Label.NAVIGATION
    assert labels["• Storm warning issued for the coast tonight"] is Label.RELATED
    assert labels["Sign up for our newsletter to get the latest news delivered to your inbox every morning."] is Label.SOCIAL


def test_clean_html_bytes_and_bad_input():
    a = clean_html(PAGE.encode("utf-8"), url="https://gazette.example/bridge")
    assert a.paragraphs == tuple(PARAGRAPHS)
    for text in ["", "   ", "<<<>>>", "plain text, no tags at all", "<html></html>", "\x00\x01<p>x</p>",
                 "<p>" * 3000, "<!-- only a comment -->"]:
        art = clean_html(text)
        assert isinstance(art.body, str)
    with pytest.raises(TypeError):
        clean_html(42)  # type: ignore[arg-type]
    with pytest.raises(InputError):
        clean_html(bytes(range(256)) * 4)


def test_site_title():
    assert site_title("Harbour bridge to close | The Harbour Gazette", "The Harbour Gazette") == "Harbour bridge to close"
    assert site_title("Gazette - Harbour bridge to close for repairs", "Gazette") == "Harbour bridge to close for repairs"
    assert site_title("Harbour bridge to close for repairs - Gazette", None) == "Harbour bridge to close for repairs"
    assert site_title("A - B", None) == "A - B"
    assert site_title(None, "x") is None


# ------------------------------------------------------------------ merge


def _b(text, label=Label.BODY, reason="prose.good", line=0):
    return Block(text, label, reason, 1.0, 0, len(text), line, line)


LONG = [" ".join(f"w{i}x{k}" for k in range(12)) for i in range(20)]


def test_align_uses_each_extracted_passage_once():
    caption = "the same caption text printed twice on the page"
    blocks = (_b(caption, Label.CAPTION, "caption.credit"), _b(LONG[0]), _b(caption))
    found = align(blocks, f"{LONG[0]}\n{caption}")
    assert found == [False, True, True]  # the body copy claims it first
    short = (_b("Home", Label.NAVIGATION, "outside.menu-item"), _b("Home words", Label.NAVIGATION, "x"))
    assert align(short, "Home\nother line") == [True, False]


def test_merge_trusts_rules_and_markup_and_keeps_prose_between():
    blocks = (
        _b("Menu item", Label.NAVIGATION, "outside.menu-item", 0),
        _b(LONG[0], Label.RELATED, "outside.text", 1),  # position only: trafilatura's markup wins
        _b(LONG[1], Label.SOCIAL, "social.newsletter", 2),  # a rule: stays out
        _b(LONG[2], Label.BODY, "prose.good", 3),  # not extracted, prose between: kept
        _b(LONG[3], Label.BODY, "prose.good", 4),  # in a <figure>: a caption
        _b(LONG[4], Label.BODY, "context.between-body", 5),  # not prose-shaped: dropped
        _b(LONG[5], Label.BODY, "prose.good", 6),
        _b(LONG[6], Label.BODY, "prose.good", 7),  # after the extract: outside
    )
    extracted = "\n".join([LONG[0], LONG[1], LONG[5]] + LONG[10:20])
    out = merge(blocks, extracted, frozenset({4}))
    got = [(b.label, b.reason) for b in out]
    assert got[0] == (Label.NAVIGATION, "outside.menu-item")
    assert got[1] == (Label.BODY, "html.extracted")
    assert got[2] == (Label.SOCIAL, "social.newsletter")
    assert got[3] == (Label.BODY, "prose.good")
    assert got[4] == (Label.CAPTION, "html.figure")
    assert got[5] == (Label.WIDGET, "html.not-extracted")
    assert got[6] == (Label.BODY, "prose.good")
    assert got[7] == (Label.RELATED, "html.outside-extract")
    assert [b.text for b in out] == [b.text for b in blocks]  # words never change


def test_merge_keeps_newsclean_when_trafilatura_finds_little():
    blocks = tuple(_b(t, line=i) for i, t in enumerate(LONG[:10]))
    assert merge(blocks, LONG[0]) == blocks


# ------------------------------------------------------------------ properties

_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["p", "div", "li", "h2", "span", "td", "figure", "script"]), _text),
                max_size=25))
def test_clean_html_never_raises_and_body_comes_from_the_page(parts):
    html = "<html><body>" + "".join(f"<{t}>{x}</{t}>" for t, x in parts) + "</body></html>"
    a = clean_html(html)
    page_words = WORDS.findall(a.rendered or "")
    for para in a.paragraphs:
        words = WORDS.findall(para)
        assert all(w in page_words for w in words)


# ------------------------------------------------------------------ CLI and batch


def test_cli_cleans_html_files_beside_text(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "page.html").write_text(PAGE, encoding="utf-8")
    (src / "page.txt").write_text("Title\n\n" + "\n\n".join(PARAGRAPHS) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["clean", str(src), "-o", str(out), "-q", "-j", "1"]) == EXIT_OK
    assert (out / "page.html.txt").read_text(encoding="utf-8").strip() == "\n\n".join(PARAGRAPHS)
    assert (out / "page.txt").is_file()
    assert main(["clean", str(src / "page.html"), "--format", "json", "-q"]) == EXIT_OK
    doc = json.loads(capsys.readouterr().out)
    assert doc["title"] == "Harbour bridge to close for repairs" and doc["authors"] == ["Jane Doe"]
    assert main(["explain", str(src / "page.html"), "--color", "never", "--only", "body,title"]) == EXIT_OK
    shown = capsys.readouterr().out
    assert "Harbour bridge to close for repairs" in shown and "The mayor said" in shown


def test_cli_input_format_html_on_stdin(monkeypatch, capsys):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode("utf-8"))))
    assert main(["clean", "--input-format", "html", "-", "-q"]) == EXIT_OK
    assert capsys.readouterr().out.strip() == "\n\n".join(PARAGRAPHS)


def test_merge_keeps_a_headline_only_when_the_page_title_has_it():
    first = "The council voted on Tuesday to close the old harbour bridge for repairs"
    blocks = (_b(first, Label.TITLE, "head.headline", 0),) + tuple(_b(t, line=i + 1) for i, t in enumerate(LONG[:8]))
    extracted = "\n".join([first] + LONG[:8])
    got = merge(blocks, extracted, page_title="Harbour bridge to close | Gazette")
    assert (got[0].label, got[0].reason) == (Label.BODY, "html.extracted")  # the first sentence, not a headline
    got = merge(blocks, extracted, page_title="The council voted to close the old harbour bridge for repairs")
    assert got[0].label is Label.TITLE


def test_align_ignores_the_number_the_renderer_put_before_a_list_item():
    blocks = (_b("4. Drink more water"), _b(LONG[0]))
    assert align(blocks, f"Drink more water\n{LONG[0]}") == [True, True]


def test_merge_keeps_a_short_body_line_printed_inside_a_longer_extracted_line():
    rows = ["response = client.recv(4096)", "size = len(response)", "print(size)", "Share this"]
    blocks = (_b(LONG[0], line=0), *(_b(r, Label.BODY, "context.code-listing", k) for k, r in enumerate(rows, 1)),
              _b(LONG[1], line=5), _b("Online Degree Statistics", Label.BODY, "context.between-body", 6))
    extracted = f"{LONG[0]}\nresponse = client.recv(4096) size = len(response) print(size)\nShare this post\n" \
        f"{LONG[1]} with Online Degree Statistics"
    got = [b.label for b in merge(blocks, extracted)]
    # the rows both readers keep stay; two words ("print size", "Share this")
    # are too few to tell; after the extract's last block nothing is added
    assert got == [Label.BODY, Label.BODY, Label.BODY, Label.WIDGET, Label.WIDGET, Label.BODY, Label.RELATED]


def test_reconcile_fields():
    from datetime import datetime
    from types import SimpleNamespace

    from newsclean.model import Article
    from newsclean.reconcile import reconcile

    def doc(**kw):
        base = dict(title=None, date=None, author=None, sitename=None, tags=None)
        return SimpleNamespace(**{**base, **kw})

    art = Article("", (), (), title="Harbour bridge to close for repairs", published=datetime(2023, 6, 2, 0, 30),
                  authors=("Jane Doe",))
    out = reconcile(art, doc(title="Harbour bridge to close for repairs | Gazette", date="2023-06-01",
                             author="Recipe by Jane Doe", sitename="Gazette"))
    assert out["title"] == "Harbour bridge to close for repairs"  # the headline, part of the page title
    assert out["published"].date().isoformat() == "2023-06-01"  # a day apart: the markup's day
    assert "authors" not in out  # newsclean's names are inside trafilatura's: kept
    assert out["publisher"] == "Gazette"
    us = Article("", (), (), published=datetime(2020, 12, 4), published_text="12/04/2020")
    assert reconcile(us, doc(date="2020-04-12"))["published"].month == 4  # the markup settles 12/04
    assert "published" not in reconcile(us, doc(date="2020-07-12"))  # not a reading of 12/04: text stands
    out = reconcile(art, doc(date="2021-01-05", author="John Roe; Ann Poe"))
    assert "published" not in out  # far apart: the date read near the headline stands
    assert out["authors"] == ("John Roe", "Ann Poe")
    bare = Article("", (), ())
    out = reconcile(bare, doc(title="Storm warning | Gazette", sitename="Gazette", date="2023-06-01", tags=["a", "a", "b"]))
    assert out["title"] == "Storm warning" and out["tags"] == ("a", "b")
    assert out["published_text"] == "2023-06-01"


def test_bench_html_scores_newsclean_beside_trafilatura(tmp_path, capsys):
    import gzip

    from newsclean.cli import main as cli_main

    seeds = __import__("pathlib").Path(__file__).resolve().parent.parent / "seeds"
    page = tmp_path / "set" / "p1"
    page.mkdir(parents=True)
    (page / "input.txt").write_text("Harbour bridge to close for repairs\n\n" + "\n\n".join(PARAGRAPHS) + "\n", "utf-8")
    (page / "gold.txt").write_text("\n\n".join(PARAGRAPHS) + "\n", "utf-8")
    (page / "meta.json").write_text(json.dumps({"url": "https://gazette.example/bridge",
                                                "gold_title": "Harbour bridge to close for repairs",
                                                "gold_author": "Jane Doe", "gold_date": "2023-06-01"}), "utf-8")
    (page / "page.html.gz").write_bytes(gzip.compress(PAGE.encode("utf-8")))
    assert cli_main(["bench", "--seeds", str(seeds), "--dataset", str(tmp_path / "set"), "--html"]) == EXIT_OK
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if x.startswith("set html"))
    assert "F1 1.000" in line
    one = "1.000 (1 pages; 1 given, 0 wrong, precision 1.000)"
    assert f"title {one}  date {one}  author {one}" in out
    assert "  trafilatura" in out


def test_a_failing_merge_keeps_newsclean_reading(monkeypatch):
    import newsclean.fromhtml as fh

    def boom(*a, **k):
        raise RuntimeError("bug")

    monkeypatch.setattr(fh, "merge", boom)
    a = clean_html(PAGE)
    assert a.paragraphs == tuple(PARAGRAPHS) and a.rendered
