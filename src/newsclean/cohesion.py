"""Lexical cohesion: the article's paragraphs share their content words.

A story's paragraphs keep coming back to the same names and nouns -- the
signal TextTiling (Hearst, 1997) uses to find where a text changes topic.
Here it decides whether prose on the far side of an interruption (a video
player's line, an ad slot's label, a picture's credit, a share bar, a box
of links) goes on with the article found so far: its content words are
looked up in the article's vocabulary, and the share found is compared
with what the page's other blocks share with it by chance (a menu and a
footer share a few words with any article on the site).

Content words are the words of a block that are no stopwords of the page's
language (jusText's lists; English's for a language without one), folded
to lower case; numbers are no content words.
"""

from __future__ import annotations

from collections.abc import Iterable

from .item import Item
from .stoplists import stoplist
from .text import folded_words

#: Words compared by their first STEM_CHARS letters agree across their
#: inflections in any language without a stemmer ("taxes", "taxpayers";
#: "Gärten", "Gärtner"; "subscribers", "subscription").
STEM_CHARS = 5


def stems(words: Iterable[str]) -> set[str]:
    """The words' stems: their first :data:`STEM_CHARS` letters."""
    return {w[:STEM_CHARS] for w in words}


class Vocabulary:
    """The content words of a set of blocks (the article's core)."""

    __slots__ = ("words", "stop")

    def __init__(self, language: str, blocks: Iterable[Item] = ()):
        self.stop = stoplist(language) or stoplist("en")
        self.words: set[str] = set()
        for it in blocks:
            self.words.update(self.content_of(it.words))

    def content_of(self, words: Iterable[str]) -> set[str]:
        """The content words among case-folded words (a block's ``words``)."""
        # each distinct word once, the stopwords taken out by the set (the
        # callers only ask what a set asks: no order is promised)
        return {w for w in set(words).difference(self.stop) if not w.isdigit()}

    def content_words(self, text: str) -> set[str]:
        """The content words of a text."""
        return self.content_of(folded_words(text))

    def shared_of(self, words: set[str]) -> tuple[int, int]:
        """(content words among ``words`` that are in the vocabulary, content words)."""
        return sum(1 for w in words if w in self.words), len(words)

    def shared_blocks(self, blocks: Iterable[Item]) -> tuple[int, int]:
        """:meth:`shared_of` for the words of ``blocks`` together."""
        return self.shared_of(self.content_of(w for it in blocks for w in it.words))
