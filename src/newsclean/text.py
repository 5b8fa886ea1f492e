"""Small text helpers shared by the modules: whitespace, words, shapes.

Body text is sacred: nothing here rewrites a word.  ``squash`` only turns
runs of whitespace, control characters and lone surrogates into one space,
so the ``\\w+`` tokens of its output are exactly the tokens of its input.
"""

from __future__ import annotations

import re

import regex

#: Whitespace, C0/C1 control characters and lone surrogates.  They are never
#: part of a word (``\w`` matches none of them), so replacing them by a space
#: changes no word; surrogates would make the output unencodable as UTF-8.
_GAP = r"\s\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff"
_SQUASH = regex.compile(f"[{_GAP}]+")
#: A run of characters that ``squash`` keeps.
NON_GAP = regex.compile(f"[^{_GAP}]+")

#: A word as the benchmark tokenises it.
WORD = regex.compile(r"\w+")
#: The same in ASCII text, where both engines read ``\w`` alike (the
#: standard library's is the faster there).
_ASCII_WORD = re.compile(r"\w+", re.ASCII)

#: Letters only (for case tests), digits.
#: A letter of any script.
LETTER = regex.compile(r"\p{L}")
#: A digit of any script.
DIGIT = regex.compile(r"\d")

#: Characters that end a sentence in the scripts we meet: besides Latin's
#: and CJK's, Devanagari's danda and double danda, Arabic's question mark,
#: Urdu's full stop, Ethiopic's full stop and question mark, Armenian's full
#: stop, Burmese's and Khmer's full stops.
SENTENCE_END = frozenset(".!?…。！？؟।॥۔።፧։။។")
#: Closing quotes and brackets that may follow a sentence end.
CLOSERS = "\"'”’»)]›」』"
CLOSERS_AND_SPACE = CLOSERS + " "
#: A part of an emoji (the pictograph, a joiner, a variation selector, a
#: skin tone) closing a sentence: "We hope to see you soon! 🙂".  Not the
#: signs of a mark (©, ®, ™) nor a footnote's back-link (↩).
EMOJI_PART = regex.compile(r"(?![©®™↩])[\p{Extended_Pictographic}\u200d\ufe0f\U0001F3FB-\U0001F3FF]")
#: A smiley typed after words ("see you there :)", "Love it <3").
EMOTICON = regex.compile(r"(?<=\w[\s!.]{0,3})(?:<3|[:;]-?[)D]|\^\^)$")
#: Characters at a block's end the smiley test reads (a word's last letter,
#: three spaces or marks, the smiley).
EMOTICON_TAIL = 8


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends as a sentence does: a full stop, question or
    exclamation mark (before closing quotes), or an emoji or a smiley after
    words."""
    t = text.rstrip(CLOSERS_AND_SPACE)
    if not t:
        return False
    if t[-1] in SENTENCE_END:
        return True
    if ord(t[-1]) < 0x2000:
        tail = text.rstrip()[-EMOTICON_TAIL:]  # a smiley ends in ")", "D", "3" or "^": look at the end only
        return tail[-1:] in ")D3^" and EMOTICON.search(tail) is not None
    if EMOJI_PART.match(t[-1]) is None:
        return False
    k = len(t) - 1  # walk back over the emoji (a loop: a pattern searched from every place is quadratic)
    while k > 0 and (t[k - 1].isspace() or EMOJI_PART.match(t[k - 1]) is not None):
        k -= 1
    return k > 0


#: A web address.  Tried from the start of a token only, and the token read
#: once up to its "://" (``\S*://`` backtracked from every character of a
#: long token: quadratic).
WEB_ADDRESS = regex.compile(r"(?<!\S)(?:[^\s:]++|:(?!//))*+://\S*+|\bwww\.\S+")


def without_web_addresses(text: str) -> str:
    """``text`` with each web address (:data:`WEB_ADDRESS`) put as a blank."""
    return WEB_ADDRESS.sub(" ", text) if "://" in text or "www." in text else text  # what every address holds


def squash(text: str) -> str:
    """Collapse whitespace and control characters to single spaces and strip."""
    return _SQUASH.sub(" ", text).strip()


def words(text: str) -> list[str]:
    """``WORD.findall(text)``: the text's words."""
    if text.isascii():  # both engines read \w alike there; the standard library's is faster
        return _ASCII_WORD.findall(text)
    return WORD.findall(text)


def folded_words(text: str) -> list[str]:
    """``WORD.findall(text.casefold())``: the text's case-folded words."""
    if text.isascii():  # case folding ASCII is lowering it
        return _ASCII_WORD.findall(text.lower())
    return WORD.findall(text.casefold())


def first_letter_upper(text: str) -> bool | None:
    """Case of the first letter, ``None`` when there is no cased letter."""
    m = LETTER.search(text)
    if m is None:
        return None
    ch = m.group()
    if ch.isupper():
        return True
    if ch.islower():
        return False
    return None


#: A picture printed by its name ("[jane-headshot]"), as w3m prints an image.
PICTURE_MARK = r"\[[^\[\]\s][^\[\]]{0,59}\]"
#: The start of a byline, in the languages with rule data: "By", "Written
#: by", "Author:", "Von", "Par", "Автор:" (a list bullet or the author's
#: picture may come first), before a capitalised name.
BYLINE_START = regex.compile(
    r"^(?:[•·□☆*-]++\s*+|" + PICTURE_MARK + r"\s*+)?(?:(?i:(?:by|written by(?:by)?|article by|words by|story by|text by|report(?:ed|ing)? by|posted by|published by|"
    r"author(?:s)?|reporter|correspondent|columnist|contributor|von|text von|autor(?:in|en)?|par|por|di|door|przez|"
    r"text(?=\s*:)|ein\s+artikel\s+von|(?:erstellt|gepostet|geschrieben|verfasst|veröffentlicht)\s+von|auteur(?:e|s)?|"
    r"автор(?:ка)?|від|от)\s*[:\-–—]?\s+)|By(?=\p{Lu}\p{Ll}))(?=\p{Lu})"  # "ByJane Doe": glued
)
#: The ASCII characters a text that :data:`BYLINE_START` matches may
#: begin with: a bullet's, a picture's bracket, and the first letters of the
#: byline words, in either case (no other ASCII character folds to one).
_BYLINE_FIRST = frozenset("*-[bwastrpcvdegBWASTRPCVDEG")


def byline_start(text: str) -> bool:
    """``BYLINE_START.match(text) is not None``, without the match for a
    text whose first character is an ASCII one no byline begins with (most
    blocks of a page)."""
    c = text[:1]
    if c.isascii() and c not in _BYLINE_FIRST:
        return False
    return BYLINE_START.match(text) is not None
