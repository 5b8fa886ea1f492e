"""A heading printed centred (lynx and w3m put it far right of the text,
around the middle of their width) is no column beside the article: the
page's centre is where several one-line blocks of different lengths have
their middle."""

from article import BODY, page

from newsclean import clean
from newsclean.context import page_centre
from newsclean.labels import Label
from newsclean.segment import segment

WIDTH = 120


def centred(text: str) -> str:
    return " " * ((WIDTH - len(text)) // 2) + text


def indented(text: str) -> str:
    return "   " + text


HEADING = "What the closure means for the ferry"
TOP = [centred("The Harbour Gazette"), centred("News from the old port since 1881"), indented("Council votes to close old harbour bridge to cars")]


def _labels(art):
    return {b.text: (b.label, b.reason) for b in art.blocks}


def test_a_centred_heading_between_paragraphs_is_the_articles():
    text = page(*TOP, *map(indented, BODY[:2]), centred(HEADING), *map(indented, BODY[2:]), centred("Printed in the harbour town"))
    art = clean(text)
    label, reason = _labels(art)[HEADING]
    assert label is Label.BODY, reason
    assert all(p in art.paragraphs for p in BODY)


def test_a_line_far_right_that_is_not_centred_is_another_column():
    side = " " * 90 + "Weather: rain"
    text = page(*TOP, *map(indented, BODY[:2]), side, *map(indented, BODY[2:]), centred("Printed in the harbour town"))
    art = clean(text)
    assert _labels(art)["Weather: rain"][0] is not Label.BODY


def test_a_centred_frame_or_picture_name_is_not_a_heading():
    frame = "IFRAME: https://widgets.example.com/box?id=12"
    picture = "harbour_bridge_2024.jpg"
    text = page(*TOP, *map(indented, BODY[:2]), centred(frame), *map(indented, BODY[2:3]), centred(picture),
                *map(indented, BODY[3:]), centred("Printed in the harbour town"))
    labels = _labels(clean(text))
    assert labels[frame][0] is not Label.BODY
    assert labels[picture][0] is not Label.BODY


def test_the_centre_needs_several_lines_of_different_lengths():
    one = segment(page(centred("The Harbour Gazette"), *map(indented, BODY)))
    assert page_centre(one) == 0.0
    same = segment(page(*[centred("* * *")] * 3, *map(indented, BODY)))
    assert page_centre(same) == 0.0
    three = segment(page(*TOP[:2], centred(HEADING), *map(indented, BODY)))
    assert abs(page_centre(three) - WIDTH / 2) <= 2
