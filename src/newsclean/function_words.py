"""The function words of a page's own prose, for text no stoplist reads.

Prose is told from menus and lists by its share of stopwords (jusText's
lists, one per language).  A page in a language without a list (Hausa,
Somali, Amharic, Mongolian ...: py3langid names about sixty of them), or
whose language was misread, has no stopwords at all by the list it gets, and
none of its paragraphs would read as prose.  For those pages the list is
taken from the page itself: in every language the most frequent words of
running text are its function words (Zipf), and they are short.  They are
counted only in the page's wordy blocks (menus and link lists have few
words per block), each word once per block, so that one long block cannot
make its topic words "frequent".

The derived list is a fallback, used only where the language's own list
finds (almost) nothing in the page's wordiest blocks; see
:func:`newsclean.classify.analyse`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from .text import DIGIT, WORD

#: Blocks of at least this many words without digits, in as many words
#: between spaces at least, are the prose the list is read from.
MIN_BLOCK_WORDS = 8
#: A page needs this many of those blocks to have a list of its own, ...
MIN_PROSE_BLOCKS = 3
#: ... and the list at least this many words (fewer: no list; the page's
#: sentences alone tell its prose).
MIN_LIST_WORDS = 3
#: A function word occurs in at least this many of those blocks ...
MIN_BLOCKS = 2
#: ... and in at least this share of them (on a page of many blocks).
MIN_BLOCK_SHARE = 0.05
#: At most this many words are taken, the most widespread first.
MAX_WORDS = 200
#: A function word is no longer than the page's mean word length (in
#: characters) times this: content words are the long ones.
MAX_LENGTH_FACTOR = 1.0
#: Words (without digits) the page's wordiest blocks need before the
#: language's list is judged by them.
MIN_SAMPLE_WORDS = 60
#: ... or this many when the page's language has no list of its own and is
#: read by another's: English stopwords missing from a Zulu post tell
#: nothing about its lines, and a short post must not lose its text.
SMALL_SAMPLE_WORDS = 12
#: The language's own list is used unless the page's wordiest blocks hold
#: less than this share of its words (prose holds 0.3-0.5).
FALLBACK_SHARE = 0.08


def needs_own_list(sample_words: list[str], stops: frozenset[str], borrowed: bool = False) -> bool:
    """Whether the page's sample of words (its wordiest blocks) holds so few
    of ``stops`` that the list cannot tell its prose (no list, or another
    language's).  ``borrowed``: ``stops`` is another language's list (the
    page's language has none), so that a short page (a post of a paragraph
    or two) is judged from SMALL_SAMPLE_WORDS words on."""
    words = [w for w in sample_words if not w.isdigit()]  # numbers are words of no language
    if len(words) < (SMALL_SAMPLE_WORDS if borrowed else MIN_SAMPLE_WORDS):
        return False  # too little text to tell a language's prose from its lack
    return sum(1 for w in words if w in stops) < FALLBACK_SHARE * len(words)


def page_function_words(texts: Iterable[str]) -> frozenset[str]:
    """The function words of the page's prose: words found in many of its
    wordy blocks, shorter than its average word, at most MAX_WORDS of them
    (case-folded, without digits).  Empty when the page has fewer than
    MIN_PROSE_BLOCKS wordy blocks or such words are fewer than MIN_LIST_WORDS."""
    blocks = 0
    spread: Counter[str] = Counter()
    letters = words = 0
    for text in texts:
        if text.count(" ") + 1 < MIN_BLOCK_WORDS:
            continue
        found = WORD.findall(text.casefold())
        if DIGIT.search(text) is not None:
            found = [w for w in found if DIGIT.search(w) is None]
        if len(found) < MIN_BLOCK_WORDS:
            continue  # numbers are no words
        blocks += 1
        letters += sum(map(len, found))
        words += len(found)
        spread.update(set(found))
    if blocks < MIN_PROSE_BLOCKS:
        return frozenset()
    longest = MAX_LENGTH_FACTOR * letters / words
    need = max(MIN_BLOCKS, MIN_BLOCK_SHARE * blocks)
    ranked = sorted((w for w, c in spread.items() if c >= need and len(w) <= longest), key=lambda w: (-spread[w], w))
    return frozenset(ranked[:MAX_WORDS]) if len(ranked) >= MIN_LIST_WORDS else frozenset()
