"""Pages kept as Markdown: clean_markdown(), the batch and the CLI."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import Label, clean, clean_files, clean_markdown
from newsclean.cli import EXIT_OK, main
from newsclean.frommarkdown import mend_links, render_markdown
from newsclean.labels import InputFormat, format_of

#: A news page as html2text writes it: a menu of links, the headline after
#: "#", a byline whose link's address the 78-column wrap broke, wrapped
#: paragraphs with links and emphasis inside, a picture, related links.
PAGE = """\
  * [Home](https://www.example-news.com/)
  * [Politics](https://www.example-news.com/politics)
  * [Business](https://www.example-news.com/business)
  * [Sport](https://www.example-news.com/sport)

# Harbour bridge to close for a summer of repairs

By [Jane Doe](https://www.example-news.com/authors/jane-
doe-senior-correspondent.html) | June 3, 2024

The city council voted on Tuesday to close the old [harbour
bridge](https://www.example-news.com/topics/harbour-bridge-reconstruction-
plan) to all traffic while engineers inspect its steel frame, **officials
said** after the meeting.

![The old harbour bridge at dusk](https://www.example-news.com/images/2024/06/bridge-
at-dusk-large.jpg)

Repairs could take most of the summer, a spokesperson for the _transport
department_ said, and the ferry will run every twenty minutes until the
bridge reopens to cars and buses in the autumn.

Residents who cross every day will be given passes for the ferry at the
town hall, which will open an hour earlier on weekdays during the works.

## Related

  * [Ferry timetable changes from Monday](https://www.example-news.com/ferry-timetable)
  * [Council approves new budget](https://www.example-news.com/council-budget)

(C) 2024 Example News. All rights reserved.
"""


def test_markdown_is_read_as_the_text_it_stands_for():
    a = clean_markdown(PAGE)
    assert a.title == "Harbour bridge to close for a summer of repairs"
    assert a.authors == ("Jane Doe",)
    assert str(a.published)[:10] == "2024-06-03"
    assert a.paragraphs == (
        "The city council voted on Tuesday to close the old harbour bridge to all traffic while engineers "
        "inspect its steel frame, officials said after the meeting.",
        "Repairs could take most of the summer, a spokesperson for the transport department said, and the "
        "ferry will run every twenty minutes until the bridge reopens to cars and buses in the autumn.",
        "Residents who cross every day will be given passes for the ferry at the town hall, which will open "
        "an hour earlier on weekdays during the works.",
    )
    # the blocks index the rendered text, as clean_html's do
    assert a.rendered is not None
    for b in a.blocks:
        assert " ".join(a.rendered[b.start : b.end].split()) == b.text or b.spans
    assert {b.label for b in a.blocks if "Ferry timetable" in b.text} <= {Label.RELATED, Label.NAVIGATION}


def test_markdown_read_as_plain_text_keeps_its_marks():
    # clean() never rewrites words: the marks stay in the body it finds
    body = clean(PAGE).body
    assert body.startswith("The city council voted on Tuesday to close the old [harbour bridge](https://")


def test_a_link_address_broken_over_lines_is_mended():
    md = "[Jane Doe](https://example.com/authors/jane-\ndoe.html) wrote it."
    assert mend_links(md) == "[Jane Doe](https://example.com/authors/jane-doe.html) wrote it."
    assert render_markdown(md).strip() == "Jane Doe wrote it."
    # a link's text may span lines; an empty line ends any link
    assert mend_links("[the harbour\nbridge](https://x.org/a)") == "[the harbour\nbridge](https://x.org/a)"
    assert mend_links("see [a](https://x.org/b-\n\nc)") == "see [a](https://x.org/b-\n\nc)"
    assert mend_links("no links here\nat all") == "no links here\nat all"


def test_input_formats_by_name():
    assert format_of(InputFormat.AUTO, "page.md") is InputFormat.MARKDOWN
    assert format_of(InputFormat.AUTO, "PAGE.Markdown") is InputFormat.MARKDOWN
    assert format_of(InputFormat.AUTO, "page.html") is InputFormat.HTML
    assert format_of(InputFormat.AUTO, "page.txt") is InputFormat.TEXT
    assert format_of(InputFormat.MARKDOWN, "page.txt") is InputFormat.MARKDOWN


def test_clean_markdown_takes_str_only():
    with pytest.raises(TypeError, match="decode bytes first"):
        clean_markdown(PAGE.encode())


def test_batch_reads_md_files_as_markdown(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "page.md").write_text(PAGE, "utf-8")
    (src / "notes.txt").write_text("Some notes.\n", "utf-8")
    # a folder's .md files are cleaned when asked for (AUTO leaves them out)
    auto = list(clean_files([src], jobs=1))
    assert [r.rel for r in auto] == ["notes.txt"]
    results = list(clean_files([src], jobs=1, input_format="markdown"))
    assert [r.rel for r in results] == ["page.md"]
    assert results[0].article.title == "Harbour bridge to close for a summer of repairs"
    # a file named on its own is read by its ending
    one = list(clean_files([src / "page.md"], jobs=1))
    assert one[0].article.paragraphs == clean_markdown(PAGE).paragraphs


def test_cli_cleans_and_explains_markdown(tmp_path, capsys):
    page = tmp_path / "page.md"
    page.write_text(PAGE, "utf-8")
    out = tmp_path / "out"
    assert main(["clean", str(page), "-o", str(out), "--format", "json", "--quiet"]) == EXIT_OK
    doc = json.loads((out / "page.json").read_text("utf-8"))
    assert doc["title"] == "Harbour bridge to close for a summer of repairs"
    assert main(["explain", str(page), "--only", "body", "--color", "never"]) == EXIT_OK
    assert "ferry will run every twenty minutes" in capsys.readouterr().out


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab #*_[]()!\n>`-|:/.")), max_size=400))
def test_any_markdown_is_cleaned_without_error(md):
    a = clean_markdown(md)
    assert a.rendered is not None
    assert all(p in " ".join(a.rendered.split()) for p in a.paragraphs)


def test_clean_notes_markdown_in_its_log(caplog):
    links = "\n".join(f"* [Section {k}](https://example.com/s{k})" for k in range(25))
    with caplog.at_level("INFO", logger="newsclean.core"):
        clean(links + "\n\nA paragraph of the page.\n")
    assert "clean_markdown" in caplog.text
    caplog.clear()
    with caplog.at_level("INFO", logger="newsclean.core"):
        clean("Home\nNews\n\nA paragraph of the page with a [bracket](note).\n")
    assert "clean_markdown" not in caplog.text
