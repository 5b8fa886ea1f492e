"""The headline's evidence and its weights (data/headline.toml), and the
script that fits them (benchmarks/fit_headline.py)."""

import sys
from pathlib import Path

import pytest

from newsclean import clean, headline_candidates
from newsclean import head as H

from article import BODY, page

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import fit_headline as F  # noqa: E402


def test_every_piece_of_evidence_has_a_weight():
    w = H.weights()
    assert len(w) == len(H.EVIDENCE)
    assert dict(zip(H.EVIDENCE, w))["overlap"] > 0 > dict(zip(H.EVIDENCE, w))["strong_rule"]


def test_a_weight_file_that_misses_or_adds_a_piece_is_refused(monkeypatch):
    table = dict(zip(H.EVIDENCE, H.weights()))
    for broken in ({k: v for k, v in table.items() if k != "overlap"}, {**table, "colour": 1.0}):
        monkeypatch.setattr(H, "read_toml", lambda name, b=broken: {"weights": b})
        H.weights.cache_clear()
        with pytest.raises(ValueError, match="headline.toml"):
            H.weights()
    monkeypatch.undo()
    H.weights.cache_clear()
    assert len(H.weights()) == len(H.EVIDENCE)


@pytest.mark.parametrize(
    ("text", "lower"),
    [
        ("solar panels on roof", True),  # a picture's text
        ("woman meditating while sitting on her bed", True),
        ("“quoted words”", True),
        ("10 ways meditation can improve your health", False),  # a headline in sentence case
        ("5 things to know before you fly", False),
        ("Council votes to close bridge", False),
        ("2025: the year in review", False),
        ("1,0 bei 2 Bewertungen", True),  # a rating: a decimal number, then lower case
        ("4.5 out of 5 stars", True),
    ],
)
def test_a_line_starts_lower_only_at_a_letter(text, lower):
    assert H._starts_lower(text) is lower


def test_a_headline_that_opens_with_a_number_beats_a_pictures_text():
    # Read as starting in lower case, the headline lost to the picture's
    # text under it; a short menu line is there as a further rival.
    text = page(
        "Home",
        "Harbour News Today",
        "Sport",
        "Weather",
        "7 reasons the council voted to close the harbour bridge",
        "cars queueing on the harbour bridge",
        *BODY,
    )
    assert clean(text).title == "7 reasons the council voted to close the harbour bridge"


def _pages():
    # Two candidates per page: evidence (distance, overlap); the right one
    # always has the larger overlap, sometimes the larger distance.
    return [
        [([1.0, 0.2], False), ([3.0, 0.9], True)],
        [([0.0, 0.1], False), ([2.0, 0.8], True)],
        [([4.0, 0.3], False), ([1.0, 0.7], True)],
    ]


def test_right_share_takes_the_first_of_equal_scores():
    assert F.right_share(_pages(), [-1.0, 0.0]) == 1  # distance alone: only the third page
    assert F.right_share(_pages(), [0.0, 1.0]) == 3
    assert F.right_share([[([1.0], True), ([1.0], False)]], [1.0]) == 1


def test_the_fit_moves_the_weights_towards_the_evidence_of_the_right_lines():
    pytest.importorskip("numpy")
    w = F.fit(_pages(), [-1.0, 0.0], fixed=set(), l2=0.0, steps=200)
    assert w[1] > 0.5 and F.right_share(_pages(), w) == 3
    held = F.fit(_pages(), [-1.0, 0.0], fixed={1}, l2=0.0, steps=200)
    assert held[1] == 0.0  # a fixed weight is not fitted


def test_headline_candidates_explain_the_chosen_headline():
    from newsclean import headline_candidates

    text = page("Home", "Harbour News Today", "Sport", "7 reasons the council voted to close the harbour bridge", *BODY)
    article = clean(text)
    found = headline_candidates(text)
    best = found[0]
    assert best.text == article.title and article.blocks[best.index].reason == "head.headline"
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)
    w = dict(zip(H.EVIDENCE, H.weights()))
    for c in found:
        assert all(weight == w[name] and value for name, value, weight in c.evidence)
        assert c.score == pytest.approx(sum(value * weight for _, value, weight in c.evidence))
    assert headline_candidates("") == () and headline_candidates("Home\nNews") == ()
    with pytest.raises(TypeError):
        headline_candidates(b"bytes")


def test_explain_headline_prints_the_candidates_and_their_evidence(tmp_path, capsys):
    from newsclean.cli import main

    f = tmp_path / "page.txt"
    f.write_text(page("Home", "Harbour News Today", "Sport", "7 reasons the council voted to close the harbour bridge", *BODY))
    assert main(["explain", str(f), "--headline", "--color", "never"]) == 0
    out = capsys.readouterr().out
    first = out.splitlines()[0]
    assert first.startswith("1.") and "7 reasons the council voted" in first
    assert "overlap" in out and "×" in out


# lynx prints a page's headings at the margin and indents its paragraphs
# three spaces; the standfirst under the headline is indented like the text
LYNX_HEAD = [
    "Harbour bridge shuts to cars after decade of debate",
    "   Engineers warn steel under deck corroding faster than expected",
    "   By Jane Doe, March 3, 2024",
]


def _lynx(*lines: str) -> str:
    return page("   Home", "   News", "   Sport", *lines, *("   " + p for p in BODY))


def test_a_heading_at_the_margin_of_indented_text_is_the_headline(monkeypatch):
    text = _lynx(*LYNX_HEAD)
    assert clean(text).title == LYNX_HEAD[0]
    best = [c for c in headline_candidates(text) if c.text == LYNX_HEAD[0]][0]
    assert "outdent" in [name for name, _, _ in best.evidence]
    # without that evidence the standfirst, nearer the byline, wins (the
    # headline's words recurring through the article set aside as well)
    w = list(H.weights())
    w[H.EVIDENCE.index("outdent")] = w[H.EVIDENCE.index("spread")] = 0.0
    monkeypatch.setattr(H, "weights", lambda: tuple(w))
    assert clean(text).title == LYNX_HEAD[1].strip()


def test_unindented_text_has_no_outdented_line():
    text = page("Home", "News", *(line.strip() for line in LYNX_HEAD), *BODY)
    assert all("outdent" not in [name for name, _, _ in c.evidence] for c in headline_candidates(text))
    # nor has a line indented like the body
    assert all("outdent" not in [name for name, _, _ in c.evidence] for c in headline_candidates(_lynx(*("   " + x.strip() for x in LYNX_HEAD))))


def test_one_indented_paragraph_sets_no_margin():
    # a page whose only paragraph is indented deeper than a link line above:
    # one paragraph is no usual indentation, so the link line is no heading
    text = page("   #Forum Index Search FAQ", "   Forum", "     " + BODY[0])
    assert all("outdent" not in [name for name, _, _ in c.evidence] for c in headline_candidates(text))


# A headline names what the whole article is about: its words recur all
# through it. A subheading's words recur only in its own section, a
# teaser's nowhere.
SPREAD_BODY = [
    "The old harbour bridge will close to cars in the spring, the council decided on Tuesday after a "
    "debate that had divided the neighbourhoods on either side of the water for more than a decade.",
    "Engineers told the meeting that the steel under the bridge deck was corroding faster than they had "
    "expected, and that patching it again would cost more than a new crossing for cyclists.",
    "Fishermen at the pier said the storm damage of last winter showed how fragile the old crossing "
    "had become, and asked the council to move the ferry landing away from the harbour wall.",
    "Shop owners near the bridge fear the loss of passing trade, while parents said the harbour road "
    "had become too dangerous for children walking to school each morning.",
]


def _spread(text: str, line: str) -> float:
    found = [c for c in headline_candidates(text) if c.text == line]
    assert found, line
    return {name: value for name, value, _ in found[0].evidence}.get("spread", 0.0)


def test_a_headlines_words_recur_all_through_the_article(monkeypatch):
    headline, subheading = "Why the harbour bridge has to close", "Storm damage at the pier"
    text = page("Home", "News", headline, subheading, *SPREAD_BODY)
    # the headline's words are in every paragraph; the subheading's in one
    assert _spread(text, headline) == 1.0
    assert _spread(text, subheading) == 0.25
    assert clean(text).title == headline
    # without that evidence the subheading, nearer the body, wins
    w = list(H.weights())
    w[H.EVIDENCE.index("spread")] = 0.0
    monkeypatch.setattr(H, "weights", lambda: tuple(w))
    assert clean(text).title == subheading


def test_inflected_words_agree_and_a_teasers_words_do_not():
    # "bridges" and "bridge", "closing" and "close" share their first letters
    text = page("Home", "Closing the harbour bridges", "Ten recipes for a summer picnic", *SPREAD_BODY)
    assert _spread(text, "Closing the harbour bridges") == 1.0
    assert _spread(text, "Ten recipes for a summer picnic") == 0.0


def test_the_line_itself_is_not_counted_among_the_paragraphs():
    # a one-paragraph post: the paragraph is a candidate too (it ends
    # without a full stop), but it cannot recur in itself
    post = "A perfect song by a band from the harbour town, thanks to a reader for sending it along"
    text = page("Home", "Harbour songs", post)
    assert all(c.text != post or _spread(text, post) == 0.0 for c in headline_candidates(text))


def test_a_headline_that_ends_with_a_full_stop_is_still_one():
    headline = "Ravenous goats ruled the harbour island for a century. Now, it is being reborn."
    art = clean(page("• Home", "• Sport", headline, "By Jane Doe", "12 March 2021", *BODY))
    assert art.title == headline
    # a short menu line is no rival, and a sentence gives way to a headline-shaped line
    art = clean(page("• Home", "Harbour island is being reborn after goats", "Subscribe now.", *BODY))
    assert art.title == "Harbour island is being reborn after goats"


def test_a_sentence_of_the_body_is_no_headline_for_its_full_stop():
    # the article's one-line first paragraph stays in the body
    first = "The council met on Tuesday night."
    art = clean(page("• Home", "• Sport", first, *BODY))
    assert first in art.body
    assert art.title != first
