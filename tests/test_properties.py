"""Properties that hold for every input (hypothesis)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean import clean
from newsclean.evaluation import paragraphs_from_input
from newsclean.labels import Label
from newsclean.text import WORD

# Text that looks like a page: lines of words, bullets, blank lines, and a
# sprinkling of anything Unicode has.
_word = st.text(alphabet=st.characters(categories=("L", "N")), min_size=1, max_size=12)
_line = st.one_of(
    st.lists(_word, min_size=1, max_size=40).map(lambda ws: " ".join(ws) + "."),
    st.lists(_word, min_size=1, max_size=4).map(" ".join),
    st.sampled_from(["", "", "Advertisement", "Read also:", "  • Home", "Share", "© 2024 Example", "12:30"]),
    st.text(max_size=80),
)
pages = st.lists(_line, max_size=60).map("\n".join)
anything = st.one_of(pages, st.text(max_size=2000))

# derandomize: the same examples on every run and machine (a CI run must not
# pass or fail by its seed); set it False locally to explore other examples.
SETTINGS = settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


def test_glued_line_cut_is_still_input_text():
    text = "European PravdaThursday, 1 June 2023, 11:50\n\nA paragraph of the article that follows it here."
    assert paragraphs_from_input(clean(text).paragraphs, text)
    assert not paragraphs_from_input(["A paragraph that was never there."], text)
    assert not paragraphs_from_input(["follows it here.", "A paragraph of the article"], text)


def _is_subsequence(small, big):
    it = iter(big)
    return all(tok in it for tok in small)


@SETTINGS
@given(anything)
def test_clean_never_raises_and_body_is_input_text(text):
    article = clean(text)
    assert paragraphs_from_input(article.paragraphs, text)
    for block in article.blocks:
        assert 0 <= block.start <= block.end <= len(text)
    # comments are made of comment blocks, never of the body
    comment_blocks = {b.text for b in article.blocks if b.label is Label.COMMENT}
    for comment in article.comments:
        assert all(part in comment_blocks for part in comment.text.split("\n\n"))
        assert comment.parent is None or 0 <= comment.parent < len(article.comments)


@SETTINGS
@given(pages)
def test_each_paragraph_keeps_its_words_in_order(text):
    source = WORD.findall(text)
    for para in clean(text).paragraphs:
        # a glued line cut in two may split one token into two
        assert _is_subsequence(WORD.findall(para), source) or paragraphs_from_input([para], text)


@SETTINGS
@given(anything)
def test_deterministic(text):
    assert clean(text).to_json() == clean(text).to_json()


@SETTINGS
@given(pages)
def test_cleaning_the_body_again_keeps_it(text):
    body = clean(text).body
    words = WORD.findall(body)
    if len(words) < 20:
        return
    again = WORD.findall(clean(body).body)
    assert len(again) >= 0.95 * len(words)


def test_edge_inputs():
    for text in ["", " ", "\n" * 1000, "\x00\x01\x02", "\ud800 lone surrogate", "a" * 5_000_000, "word " * 200_000]:
        article = clean(text)
        article.to_json().encode("utf-8")  # always encodable
