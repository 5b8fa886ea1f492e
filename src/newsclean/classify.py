"""First pass: judge every block on its own (jusText's context-free pass).

Each block gets its features (words, share of stopwords, sentence shape),
the rule family that claims it if any, and a prose class:

* ``GOOD``  -- long and full of stopwords: reads like article prose;
* ``NEAR``  -- shorter or thinner, could be prose;
* ``SHORT`` -- too short to tell alone (headings, list items, menu items);
* ``BAD``   -- long but without the stopwords of prose (keyword lists,
  menus on one line), or claimed by a rule.

The context pass (:mod:`newsclean.context`) decides the final labels.
"""

from __future__ import annotations

import heapq
import sys
from collections import Counter
from functools import lru_cache
from importlib import resources

import regex

from .config import Config
from .dates import find_date, find_time
from .item import Item, Prose
from .stoplists import SAMPLE_CHARS, choose_language, stoplist
if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from .text import CLOSERS, SENTENCE_END, WORD, first_letter_upper

#: Most blocks looked at for the language sample.
SAMPLE_BLOCKS = 40
#: Blocks up to this many words get the full rule treatment (key, patterns).
RULE_MAX_WORDS = 250
#: A dateline has a date or time and at most this many other words.
DATELINE_OTHER_WORDS = 5
DATELINE_MAX_WORDS = DATELINE_OTHER_WORDS + 6
DIGIT = regex.compile(r"\d")
#: Characters of scripts written without spaces.
CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
#: A CJK character counts as this many characters of length (it carries
#: about as much as a short word).
CJK_CHAR_WEIGHT = 2
#: A block without a full stop at its end reads as prose only this long.
PROSE_WITHOUT_STOP_WORDS = 30
#: A long line in sentence case reads as prose even without a full stop.
UNPUNCTUATED_MIN_WORDS = 12
SENTENCE_CASE_MAX_CAPS = 0.35
#: A sentence end inside a block: ". The", "? «".
INNER_SENTENCE = regex.compile(r"[.!?…][\"'”’»)]?\s+[\"'“‘«(]?\p{Lu}")
#: A complete sentence this long counts as prose however short it is.
SENTENCE_MIN_WORDS = 3
#: Shortest line whose repetition on the next line marks a caption or a
#: teaser (the image's text and the link's text, dumped one after the other).
ECHO_MIN_WORDS = 3
#: How many blocks ahead the echo may come (a counter may sit between),
#: and how many words (a credit) it may add.
ECHO_REACH, ECHO_CREDIT_WORDS = 2, 8
#: Words in a headline-shaped line.
HEADLINE_MIN_WORDS, HEADLINE_MAX_WORDS = 3, 30


def _language_sample(items: list[Item], toks: list[list[str]]) -> tuple[list[str], str]:
    """Words and text of the longest blocks, about SAMPLE_CHARS of them."""
    lengths = [len(it.text) for it in items]
    order = heapq.nlargest(SAMPLE_BLOCKS, range(len(items)), key=lengths.__getitem__)
    sample_words: list[str] = []
    parts: list[str] = []
    size = 0
    for i in order:
        parts.append(items[i].text)
        sample_words.extend(toks[i])
        size += len(items[i].text)
        if size >= SAMPLE_CHARS:
            break
    return sample_words, " ".join(parts)[: SAMPLE_CHARS * 2]


def is_dateline(text: str, n_words: int) -> bool:
    if n_words > DATELINE_MAX_WORDS:
        return False
    m = find_date(text) or find_time(text)
    if m is None:
        return False
    rest = text[: m.start()] + " " + text[m.end():]
    m2 = find_time(rest)
    if m2 is not None:
        rest = rest[: m2.start()] + " " + rest[m2.end():]
    return len(WORD.findall(rest)) <= DATELINE_OTHER_WORDS


CLOSERS_AND_SPACE = CLOSERS + " "


def ends_sentence(text: str) -> bool:
    t = text.rstrip(CLOSERS_AND_SPACE)
    return bool(t) and t[-1] in SENTENCE_END


@lru_cache(maxsize=None)
def stopchars(lang: str) -> frozenset[str]:
    """Function characters of a language written without spaces (or empty)."""
    data = tomllib.loads((resources.files("newsclean") / "data" / "stopchars.toml").read_text("utf-8"))
    return frozenset(data.get(lang, {}).get("chars", ""))


def _cjk_measures(it: Item, chars: frozenset[str]) -> None:
    """Words and stopword share for text without spaces: a word per two
    CJK characters, and the share of function characters among them."""
    cjk = CJK.findall(it.text)
    n_cjk = len(cjk)
    if n_cjk:
        it.n_words += n_cjk // 2
        it.stop_ratio = sum(1 for c in cjk if c in chars) / n_cjk


def analyse(items: list[Item], config: Config) -> tuple[list[Item], str]:
    """Features, rule hits and prose class of every segment; and the language.

    This loop runs once per block of every page, so it favours C-level
    string methods over per-character Python and skips the costlier tests
    (patterns, dates) where a cheap one already decides.
    """
    toks = [WORD.findall(it.text.casefold()) for it in items]
    if config.language:
        lang = config.language
    else:
        sample_words, sample_text = _language_sample(items, toks)
        lang = choose_language(sample_words, sample_text)
    stops = stoplist(lang) or stoplist("en")
    is_stop = stops.__contains__
    cjk_chars = stopchars(lang)
    th = config.thresholds
    good_chars, near_chars, good_stop, near_stop = th.good_chars, th.near_chars, th.good_stop, th.near_stop
    match = config.ruleset.match
    keys: Counter[str] = Counter()
    for it, words in zip(items, toks):
        n = len(words)
        text = it.text
        chars = len(text)
        it.n_words = n
        if n:
            it.stop_ratio = sum(map(is_stop, words)) / n
        if cjk_chars:
            _cjk_measures(it, cjk_chars)
            chars += CJK_CHAR_WEIGHT * (it.n_words - n)
        t = text.rstrip(CLOSERS_AND_SPACE)
        ends = it.ends = bool(t) and t[-1] in SENTENCE_END
        c0 = text[0]
        upper = it.upper = c0.isupper() if c0.isalpha() else first_letter_upper(text)
        if n <= RULE_MAX_WORDS:
            key = it.key = " ".join(words)
            keys[key] += 1
            hit = it.hit = match(text, key, n)
        else:
            hit = None
        if n <= DATELINE_MAX_WORDS and DIGIT.search(text) is not None:
            it.dateline = is_dateline(text, n)
        it.headline = (
            HEADLINE_MIN_WORDS <= n <= HEADLINE_MAX_WORDS
            and not ends
            and upper is not False
            and text[-1] != ":"
            and not it.marker
        )
        ratio = it.stop_ratio
        if hit is not None:
            it.prose = Prose.BAD
        elif chars < near_chars and not (ends and upper and ratio >= near_stop and it.n_words >= SENTENCE_MIN_WORDS):
            it.prose = Prose.SHORT
        elif not (
            ends
            or it.n_words >= PROSE_WITHOUT_STOP_WORDS
            or INNER_SENTENCE.search(text) is not None
            or (it.n_words >= UNPUNCTUATED_MIN_WORDS and ratio >= good_stop and _sentence_case(text))
        ):
            it.prose = Prose.SHORT
        elif chars >= good_chars and ratio >= good_stop:
            it.prose = Prose.GOOD
        elif ratio >= near_stop:
            it.prose = Prose.NEAR
        elif chars < near_chars:
            it.prose = Prose.SHORT
        else:
            it.prose = Prose.BAD
    n_items = len(items)
    for i, it in enumerate(items):
        key = it.key
        if key:
            it.dup = keys[key]
            if it.n_words >= ECHO_MIN_WORDS:
                # The same words again in one of the next two blocks, maybe
                # with a credit added: an image's text and its caption.
                for j in range(i + 1, min(n_items, i + 1 + ECHO_REACH)):
                    other = items[j].key
                    if other == key or (
                        other.startswith(key)
                        and other[len(key) : len(key) + 1] == " "
                        and other.count(" ", len(key)) <= ECHO_CREDIT_WORDS
                    ):
                        it.echo = items[j].echo = True
                        break
        if not it.echo and it.n_words >= 2 * ECHO_MIN_WORDS and _self_repeat(key):
            it.echo = True
        if it.echo and it.prose is not Prose.BAD:
            it.prose = Prose.BAD
    return items, lang


def _sentence_case(text: str) -> bool:
    """Few capitalised words: a sentence that lost its full stop, not a
    Title Case Headline."""
    words = text.split()
    caps = sum(1 for w in words if w[:1].isupper())
    return caps <= SENTENCE_CASE_MAX_CAPS * len(words)


def _self_repeat(key: str) -> bool:
    """A line holding the same words twice ("Headline Headline"): a teaser
    whose image text and link text were dumped together."""
    words = key.split(" ")
    if words and words[0].isdigit():
        words = words[1:]
    half = len(words) // 2
    return len(words) % 2 == 0 and half >= ECHO_MIN_WORDS and words[:half] == words[half:]
