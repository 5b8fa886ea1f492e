"""The fast paths give what the plain computation they stand for gives.

Each speed-up that skips work by a cheaper test first is checked here
against the straightforward form, on texts made of the pieces the fast
path looks for (so both answers are exercised), with hypothesis."""

import heapq

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.classify import SAMPLE_BLOCKS, SERVER_MESSAGE, WORD, _code, _language_sample
from newsclean.config import Config
from newsclean.item import Item
from newsclean.segment import GLUE, glue_points
from newsclean.stoplists import SAMPLE_CHARS
from newsclean.thread import _HINT, _hinted

#: The words GLUE looks ahead at, written out here (not read from the
#: module, whose list is what is tested), with near misses.
WORDS = [
    "Credit", "Photo", "Image", "Picture", "Foto", "Фото", "Photos", "Credits",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Понеділок", "Вівторок", "Середа", "Четвер", "П'ятниця", "Субота", "Неділя",
    "Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье",
]
PIECES = [
    *WORDS, "credit", "PHOTO", ".", ":", " by ", "a", "Z", "3", " ", ",", "\n", "’", "é", "ſ", "К",
    "says", "SAID", "Wrote", "an hour ago", "a day AGO", "essays", "İ", "x", "12:30",
]
texts = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


BEFORE = ["", ".", "a", "”", " ", "é", "1", "x. "]
AFTER = ["", ":", " by", ", 3", " 3", " …", "s", "x", ": y"]
#: A glue word with what may stand before and after it.
GLUED = st.tuples(st.sampled_from(BEFORE), st.sampled_from(WORDS), st.sampled_from(AFTER)).map("".join)


def test_glue_points_at_every_word_in_every_setting():
    for word in WORDS:
        for before in BEFORE:
            for after in AFTER:
                text = before + word + after
                assert glue_points(text) == [m.start() for m in GLUE.finditer(text)], text


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(GLUED, st.sampled_from(PIECES)), max_size=10).map("".join))
def test_glue_points_are_the_patterns_matches(text):
    assert glue_points(text) == [m.start() for m in GLUE.finditer(text)]


def _item(text, digit):
    it = Item(text, 0, len(text), 0, 0, 0, "", 0)
    it.digit = digit
    return it


@settings(max_examples=400, deadline=None)
@given(texts)
def test_header_hint_is_the_patterns_answer(text):
    expected = _HINT.search(text) is not None
    digit = any(c.isdecimal() for c in text)
    assert _hinted(_item(text, digit)) is expected
    assert _hinted(_item(text, None)) is expected  # not looked at yet: the pattern


def _sample_by_heap(items):
    """The language sample as first written: a heap of the blocks with most
    spaces, a wordless block counting -1, read until the first wordless one."""
    lengths = [it.text.count(" ") if WORD.search(it.text) else -1 for it in items]
    order = heapq.nlargest(SAMPLE_BLOCKS, range(len(items)), key=lengths.__getitem__)
    words, parts, seen, size = [], [], set(), 0
    for i in order:
        if lengths[i] < 0:
            break
        text = items[i].text
        if _code(text) or text in seen or SERVER_MESSAGE.match(text):
            continue
        seen.add(text)
        parts.append(text)
        words.extend(WORD.findall(text.casefold()))
        size += len(text)
        if size >= SAMPLE_CHARS:
            break
    return words, " ".join(parts)[: SAMPLE_CHARS * 2]


BLOCKS = ["a b c", "— — —", "x", "one two", "★ ★", "word", "{a; b}", "k " * 300, "Warning: x on line 3", "a b c d e f"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(BLOCKS), max_size=120))
def test_language_sample_takes_the_wordiest_blocks(texts_):
    items = [_item(t, False) for t in texts_]
    assert _language_sample(items) == _sample_by_heap(items)


def test_rulesets_are_shared_by_configs_and_a_users_rules_are_their_own():
    assert Config().ruleset_for("en") is Config().ruleset_for("en")
    mine = Config(extra_rules={"advertisement": {"mine": {"exact": ["buy our widget"]}}})
    assert mine.ruleset_for("en") is not Config().ruleset_for("en")
    hit = mine.ruleset_for("en").match("Buy our widget", "buy our widget", 3)
    assert hit is not None and hit.family.name == "user.advertisement.mine"
    assert Config().ruleset_for("en").match("Buy our widget", "buy our widget", 3) is None


def test_contained_phrases_most_hits_win_and_ties_go_to_rule_order():
    from newsclean.rules import RuleSet, key_of, parse_families

    specs = parse_families(
        {
            "appeal": {"first": {"contains": ["support us", "donate"]}},
            "social": {"second": {"contains": ["share this", "donate"]}},
            "advertisement": {"third": {"contains": ["sponsored", "share this", "support us"], "min_hits": 3}},
        },
        "test",
    )
    rs = RuleSet(specs)

    def fam(text):
        hit = rs.match(text, key_of(text), len(key_of(text).split()))
        return hit.family.name if hit else None

    assert fam("Please donate today") == "appeal.first"  # a tie: the first family
    assert fam("Please share this and donate") == "social.second"  # two phrases beat one
    assert fam("Support us and donate") == "appeal.first"
    assert fam("Sponsored: share this, support us") == "advertisement.third"  # three, its min_hits
    assert fam("Sponsored: share this") == "social.second"  # below the third's min_hits
    assert fam("Nothing to see") is None


class _EveryWord:
    """Stands for a RuleSet's listed words when every word is listed: the
    block's words are passed on whole, as before the one look-up."""

    @staticmethod
    def intersection(toks):
        return frozenset(toks)


def _ruleset_listing_every_word():
    import copy

    rs = copy.copy(Config().ruleset_for("en"))
    rs._listed = _EveryWord()
    return rs


#: Words that are none of the rules' own, between theirs.
FILLERS = ["the", "council", "voted", "Jane", ":", "|", "—", "2", "3 hours", "©", "$", "ago", "2024"]


def _rule_pieces():
    """The English rules' contained phrases and pattern trigger words (the
    data, read from the RuleSet), and fillers."""
    rs = Config().ruleset_for("en")
    return sorted(rs.contains_family) + sorted(rs._trigger_words) + FILLERS


@settings(max_examples=800, deadline=None)
@given(st.data())
def test_rules_look_up_a_blocks_words_once_as_they_were_looked_up_per_kind(data):
    from newsclean.rules import key_of

    pieces = _rule_pieces()
    text = " ".join(data.draw(st.lists(st.sampled_from(pieces), min_size=1, max_size=8)))
    key = key_of(text)
    n = len(key.split()) if key else 0
    plain = _ruleset_listing_every_word().match(text, key, n)
    assert Config().ruleset_for("en").match(text, key, n) == plain


def test_glue_words_cannot_overlap_so_one_scan_finds_every_start():
    from newsclean.segment import GLUE_WORDS

    # a word starts with its only capital: none starts inside another
    for word in GLUE_WORDS:
        assert word[0].isupper() and not any(c.isupper() for c in word[1:]), word
    text = "x" + "".join(GLUE_WORDS)
    assert len(glue_points(text)) == len([m.start() for m in GLUE.finditer(text)])


#: ASCII and not: case folding that lengthens ("ß", "ﬁ"), marks that are
#: word characters for the ``regex`` engine only ("é" composed), digits of
#: other scripts, underscores and punctuation.
FOLD_PIECES = ["Word", "WORD", "a_b", "x1", "ß", "ﬁne", "e\u0301", "İ", "٣", "²", "Σσς", "—", "'", " ", ".", "ǅ"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(FOLD_PIECES), max_size=12).map("".join))
def test_folded_words_are_the_words_of_the_folded_text(text):
    from newsclean.text import folded_words

    assert folded_words(text) == WORD.findall(text.casefold())
    assert folded_words(text.encode("ascii", "ignore").decode()) == WORD.findall(
        text.encode("ascii", "ignore").decode().casefold()
    )


def _plain_candidates(rs, text, toks, n_words, digit):
    """The pattern families a block is tried with, worked out as sets."""
    from bisect import bisect_left

    size = bisect_left(rs._max_words, n_words)
    if size >= len(rs._max_words):
        return ()
    cand = set(rs._always)
    for w in rs._trigger_words.intersection(toks):
        cand.update(rs._by_word[w])
    if digit:
        cand.update(rs._by_word.get("0", []))
    cand.update(idx for ch, idx in rs._by_char if ch in text)
    return tuple(i for i in sorted(cand) if rs._pattern_fams[i][0].max_words >= rs._max_words[size])


@settings(max_examples=800, deadline=None)
@given(st.data())
def test_pattern_candidates_as_bits_are_the_candidates_as_sets(data):
    from newsclean.rules import key_of

    rs = Config().ruleset_for("en")
    pieces = _rule_pieces() + ["©", "$", "€", "[del:", "12", "x"] * 3
    text = " ".join(data.draw(st.lists(st.sampled_from(pieces), min_size=0, max_size=10)))
    key = key_of(text)
    toks = key.split(" ") if key else []
    n = len(toks) + data.draw(st.sampled_from([0, 0, 20, 70, 200]))  # the length classes
    digit = any(c.isdigit() for c in text)
    listed = rs._listed.intersection(toks)
    assert rs._candidates(text, listed, n, digit) == _plain_candidates(rs, text, toks, n, digit)


def _self_repeat_by_words(key):
    words = key.split(" ")
    if words and words[0].isdigit():
        words = words[1:]
    half = len(words) // 2
    return len(words) % 2 == 0 and half >= 3 and words[:half] == words[half:]


REPEAT_WORDS = ["12", "a", "ab", "b", "headline", "²", "1x", ""]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(REPEAT_WORDS[:-1]), max_size=5), st.booleans(), st.sampled_from(REPEAT_WORDS))
def test_a_keys_repeated_words_read_on_the_string_as_on_its_words(words, twice, lead):
    from newsclean.classify import _self_repeat

    parts = ([lead] if lead else []) + words + (words if twice else [])
    key = " ".join(parts)
    assert _self_repeat(key) == _self_repeat_by_words(key)


def test_maybe_wide_class_misses_no_character_the_property_class_finds():
    from newsclean.layout import _MAYBE_NOT_ONE_COLUMN, _NOT_ONE_COLUMN

    for c in range(0x11000):
        ch = chr(c)
        if _NOT_ONE_COLUMN.search(ch) is not None:
            assert _MAYBE_NOT_ONE_COLUMN.search(ch) is not None, hex(c)


LINE_PIECES = [" ", "  ", "   ", "\t", "a", "Zé", "’", "│", "━", "中文", "é\u0301", "•", "\u00a0", "x.", "Ünïcode", "Жж"]


@given(st.lists(st.sampled_from(LINE_PIECES), max_size=12).map("".join))
@settings(max_examples=300)
def test_ink_runs_fast_paths_are_the_grids_runs(line):
    from newsclean.layout import _Grid, _runs

    assert _runs(line) == _Grid(line).runs()


def test_blocks_made_by_their_slots_are_the_dataclass_blocks():
    from newsclean.core import _block
    from newsclean.labels import Label
    from newsclean.model import Block

    for spans, label, reason in ((None, None, ""), ([(3, 9), (20, 31)], Label.BODY, "prose.good")):
        it = Item("Some text", 3, 31, 0, 2, 0, "", 0)
        it.spans, it.label, it.reason, it.value, it.column = spans, label, reason, 1.25, 2
        made = _block(it)
        expected = Block(
            it.text, label or Label.WIDGET, reason or "undecided", 1.25, 3, 31, 0, 2,
            tuple(spans) if spans else ((3, 31),), 2,
        )
        assert made == expected and repr(made) == repr(expected) and hash(made) == hash(expected)
