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
import logging
import re
from itertools import islice

import regex

from .config import Config
from .datafiles import read_toml
from .dates import find_date, find_time, may_hold_date, unglued
from .function_words import needs_own_list, page_function_words
from .item import Item, Prose
from .stoplists import SAMPLE_CHARS, choose_language, clause_marks, stopchars, stoplist
from .text import DIGIT, LETTER, WORD, ends_sentence, first_letter_upper, folded_words

logger = logging.getLogger(__name__)

#: Texts whose features a Config remembers, per language.
FEATURE_MEMO_SIZE = 50_000
#: Most blocks looked at for the language sample.
SAMPLE_BLOCKS = 40
#: Blocks up to this many words get the full rule treatment (key, patterns).
RULE_MAX_WORDS = 250
#: A dateline has a date or time and at most this many other words.
DATELINE_OTHER_WORDS = 5
DATELINE_MAX_WORDS = DATELINE_OTHER_WORDS + 9  # two dates and a time
#: A line of nothing but bracketed names without spaces: pictures' file names.
FILE_NAMES = regex.compile(r"^(?:\[[^\]\s]*\]\s*)+$")
#: Characters of scripts written without spaces.
CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
#: A CJK character counts as this many characters of length (it carries
#: about as much as a short word).
CJK_CHAR_WEIGHT = 2
#: A clause mark ("，", "。") counts as this many function characters in the
#: share of a language that lists them (data/stopchars.toml): terse Chinese
#: prose has a mark every 10-20 characters and few particles, menus and lists
#: of titles have neither.
CLAUSE_MARK_WEIGHT = 4
#: A block without a full stop at its end reads as prose only this long.
PROSE_WITHOUT_STOP_WORDS = 30
#: A long line in sentence case reads as prose even without a full stop.
UNPUNCTUATED_MIN_WORDS = 12
SENTENCE_CASE_MAX_CAPS = 0.35
#: A sentence end inside a block: ". The", "? «".
INNER_SENTENCE = regex.compile(r"[.!?…][\"'”’»)]?\s+[\"'“‘«(]?\p{Lu}")
#: On a page read with its own function words, a block of this many words
#: with this many sentence ends (the last at its end) is prose by its shape.
NEUTRAL_MIN_WORDS, NEUTRAL_MIN_SENTENCES = 12, 2
#: ... or one sentence of this many words (a short post's paragraphs).
NEUTRAL_SENTENCE_WORDS = 15
#: A sentence's end: its mark before a space or the block's end.
SENTENCE_MARK = regex.compile(r"[.!?…。！？؟।॥۔።፧։။។](?=\s|$)")
#: A complete sentence this long counts as prose however short it is.
SENTENCE_MIN_WORDS = 3
#: A sentence this long, capitalised and closed, is prose with this much
#: less than the usual share of stopwords: product news, results, recipes
#: and market reports are written in fifteen-word sentences with few
#: function words ("Version 3.2 adds dark mode, faster search, offline maps
#: and better battery use on older phones."), the length a sentence of a
#: page read with its own function words needs too (NEUTRAL_SENTENCE_WORDS).
TERSE_MIN_WORDS, TERSE_STOP_SLACK = 15, 0.12
#: Shortest line whose repetition on the next line marks a caption or a
#: teaser (the image's text and the link's text, dumped one after the other).
ECHO_MIN_WORDS = 3
#: How many blocks ahead the echo may come (a counter may sit between),
#: and how many words (a credit) it may add.
ECHO_REACH, ECHO_CREDIT_WORDS = 2, 8
#: Words an image's text may put before the link text it repeats ("Article
#: image for: <headline>", "Photo of <headline>").
ECHO_PREFIX_WORDS = 4
#: Words in a headline-shaped line.
HEADLINE_MIN_WORDS, HEADLINE_MAX_WORDS = 3, 30


#: A message of the site's software printed into the page ("Warning: Use of
#: undefined constant ... in /var/www/... on line 928"): not the page's language.
SERVER_MESSAGE = regex.compile(r"(?:Warning|Notice|Deprecated|Fatal error|Parse error|Strict Standards):\s[^\n]{0,400}?\bon line \d")


def _language_sample(items: list[Item]) -> tuple[list[str], str]:
    """Words and text of the wordiest blocks, about SAMPLE_CHARS of them
    (by words, not characters: a rule drawn with 300 "━" is no sample)."""
    spaces = [it.text.count(" ") for it in items]
    # the SAMPLE_BLOCKS blocks with most spaces that hold a word, most
    # first, in page order among equals (a word is looked for in these only)
    ranked = sorted(range(len(items)), key=spaces.__getitem__, reverse=True)
    order = islice((i for i in ranked if WORD.search(items[i].text)), SAMPLE_BLOCKS)
    sample_words: list[str] = []
    parts: list[str] = []
    seen: set[str] = set()
    size = 0
    for i in order:
        if _code(items[i].text) or items[i].text in seen or SERVER_MESSAGE.match(items[i].text):
            continue  # a block printed again (a menu) counts once; a server's message not at all
        seen.add(items[i].text)
        parts.append(items[i].text)
        sample_words.extend(folded_words(items[i].text))
        size += len(items[i].text)
        if size >= SAMPLE_CHARS:
            break
    return sample_words, " ".join(parts)[: SAMPLE_CHARS * 2]


def _wide_sample(items: list[Item]) -> list[str]:
    """Words of the SAMPLE_BLOCKS wordiest blocks."""
    order = heapq.nlargest(SAMPLE_BLOCKS, items, key=lambda it: it.text.count(" "))
    return [
        w for it in order if not _code(it.text) and not SERVER_MESSAGE.match(it.text)
        for w in folded_words(it.text)
    ]


#: Characters of code (style sheets, scripts) that disqualify a block from
#: the language sample above this share of its length.
CODE_SAMPLE_CHARS = "{};=<>"
CODE_SAMPLE_SHARE = 0.01


def _code(text: str) -> bool:
    """A block of code ("display: block; z-index: 10;"), no language sample."""
    return sum(map(text.count, CODE_SAMPLE_CHARS)) > CODE_SAMPLE_SHARE * len(text)


#: How a line of program code starts: a comment in code, a shell prompt, an
#: SQL clause in capitals (not "UPDATE:" or "FROM THE ARCHIVES").
CODE_START = regex.compile(
    r"^\s*(?:(?:--|//|#)\s|/\*|\$\s+[a-z]"
    r"|\w+(?:\[[^\]]*\]|\{[^}]*\})?\s*-->"  # a diagram's edge: "A[Query] --> B"
    r"|(?:git|npm|npx|pip|docker|kubectl|sudo|curl|wget|brew|apt|apt-get|yarn|cargo)\s+-{0,2}[a-z]"
    r"|(?:SELECT|FROM|WHERE|INNER JOIN|LEFT JOIN|JOIN|GROUP BY|ORDER BY|HAVING|LIMIT|CREATE|INSERT INTO|DELETE FROM)"
    r"\s+(?!\p{Lu}{2,}\b)[\w*(\'\"])"
)
#: Signs of code inside a line; two make a line of code.
CODE_SIGN = re.compile(
    r"""[;{}(]\s*$|^\s*[)}\]]|\w\((?!s\))|=>|-->|->|\s[!=]=\s|&&|\|\||\s=\s|\b[a-z]+_[a-z_]+\b(?!\])"""
    r"""|\b\w+\.\w+\(|</?[a-z][\w-]*>|\[\w[^\]]*\]\s*-"""
)
CODE_SIGNS_MIN = 2
#: What every line of code holds: a sign's character, or the start of a
#: line of code (cheap tests before the two above; the standard library's
#: engine scans a character class twice as fast).
CODE_CHARS = re.compile(r"[;{}()=<>_|&\[\]]")
CODE_HINT = re.compile(
    r"^[ \t]*(?:[-/#$]|git|npm|npx|pip|docker|kubectl|sudo|curl|wget|brew|apt|yarn|cargo"
    r"|SELECT|FROM|WHERE|INNER|LEFT|JOIN|GROUP|ORDER|HAVING|LIMIT|CREATE|INSERT|DELETE)"
)
#: Longest line of code, in words.
CODE_MAX_WORDS = 40


def is_code(text: str, n_words: int) -> bool:
    """A line of program code: "SELECT id FROM users", "-- a comment",
    "git commit -m", "onClick={() => toggle(id)}" (two different signs)."""
    if n_words > CODE_MAX_WORDS:
        return False
    if (CODE_HINT.match(text) is not None or "-->" in text) and CODE_START.match(text) is not None:
        return True
    return CODE_CHARS.search(text) is not None and len(set(CODE_SIGN.findall(text))) >= CODE_SIGNS_MIN


#: The signature under an embedded post: "— Jane Doe (@janedoe) November 18,
#: 2019" -- part of the quotation, not a dateline.
TWEET_SIGNATURE = regex.compile(r"^\s*[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s")


def _comment_link_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The comment link closing a row, and the words one always holds (its
    counted word, or a call's last word: the cheap test), from data/threads.toml."""
    data = read_toml("threads.toml")
    counted_words = sorted(data["comment_count_words"], key=len, reverse=True)
    calls_listed = sorted(data["comment_calls"], key=len, reverse=True)
    counted = "|".join(map(regex.escape, counted_words))
    numbers = "|".join(map(regex.escape, data["comment_count_numbers"]))
    calls = "|".join(regex.escape(c).replace("\\ ", r"\s+") for c in calls_listed)
    tail = regex.compile(
        rf"(?i)(?<![\s|·•/,–—-])[\s|·•/,–—-]*+(?:(?<![\d.,])\d[\d.,]*\s*(?:{counted})|(?<!\p{{L}})(?:{numbers})\s+(?:{counted})"
        rf"|(?<!\p{{L}})(?:{calls}))\s*$"
    )
    words = {*counted_words, *(c.split()[-1] for c in calls_listed)}
    return tail, regex.compile("(?i)" + "|".join(map(regex.escape, sorted(words, key=len, reverse=True))))


#: A post's comment counter or link closing its row of facts ("4 Comments",
#: "Leave a Comment", "Keine Kommentare"; data/threads.toml): no word of
#: the row's date or name.
COMMENT_LINK_TAIL, _COMMENT_LINK_WORD = _comment_link_patterns()


def without_comment_link(text: str) -> str:
    """``text`` without the comment counter or link that closes it."""
    if _COMMENT_LINK_WORD.search(text) is None:
        return text  # the cheap test first: most lines name no comment
    return COMMENT_LINK_TAIL.sub("", text)


def is_dateline(text: str, n_words: int, words: list[str] | None = None) -> bool:
    """A short line that is mostly a date or a time ("Updated 3 May 2024,
    10:12", "[Submitted on 18 Dec 2025]") -- not pictures' bracketed file
    names that hold one ("[2025-12-12_19-47-58] [svg]").  ``words``: its
    case-folded ``\\w+`` words, when the caller has them."""
    if n_words > DATELINE_MAX_WORDS:
        return False
    m = find_date(text, words) or find_time(text)  # the cheap test first: most lines hold none
    if m is None or FILE_NAMES.match(text) or TWEET_SIGNATURE.match(text):
        return False
    rest = text[: m.start()] + " " + text[m.end():]
    # a second date and the times: "Published 19 Feb 2020, updated 19 Feb 2020 12:02"
    for find in (find_date, find_time, find_time):
        m2 = find(rest)
        if m2 is not None:
            rest = rest[: m2.start()] + " " + rest[m2.end():]
    # "November 3, 2012 By Jane Doe Leave a Comment": the row's comment link
    return len(WORD.findall(rest)) <= DATELINE_OTHER_WORDS or len(WORD.findall(without_comment_link(rest))) <= DATELINE_OTHER_WORDS


def glued_dateline(text: str) -> bool:
    """A dateline whose date is glued to the word before it, a link's text
    and the date after it: "EditorialNovember 22, 2018", "Demel13.12.2022".
    (Not a block's ``dateline``: the metadata reads it, the region does not
    weigh it.)"""
    apart = unglued(text)
    return apart != text and is_dateline(apart, len(WORD.findall(apart)))


def _cjk_measures(
    text: str, n: int, ratio: float, chars: frozenset[str], marks: frozenset[str] = frozenset()
) -> tuple[int, float]:
    """Words and stopword share for text without spaces: a word per two
    CJK characters, and the share of function characters among them (each
    clause mark counting CLAUSE_MARK_WEIGHT of them, capped at 1)."""
    cjk = CJK.findall(text)
    n_cjk = len(cjk)
    if not n_cjk:
        return n, ratio
    function = sum(1 for c in cjk if c in chars)
    if marks:
        function += CLAUSE_MARK_WEIGHT * sum(1 for c in text if c in marks)
    return n + n_cjk // 2, min(1.0, function / n_cjk)


def analyse(items: list[Item], config: Config) -> tuple[list[Item], str]:
    """Features, rule hits and prose class of every segment; and the language.

    A block's features depend only on its text (and the language), and
    menus, footers and share bars repeat within a page and across the
    pages of a site: they are computed once per Config and remembered.
    """
    sample_words, sample_text = _language_sample(items)
    if config.language:
        lang = config.language
    else:
        lang = choose_language(sample_words, sample_text, lambda: _wide_sample(items))
    stops = stoplist(lang) or stoplist("en")
    neutral = not stopchars(lang) and needs_own_list(sample_words, stops, borrowed=not stoplist(lang))
    if neutral:
        # no list reads this page's prose: its own most widespread short
        # words do, and its sentences (features that depend on the page are
        # not remembered)
        own = page_function_words(it.text for it in items)
        logger.debug("no stopwords of %r in the page; %d function words of its own", lang, len(own))
        stops = own or stops
    memo: dict[str, tuple] = {} if neutral else config.feature_memo(lang)
    compute = _Features(lang, config, stops, neutral=neutral)
    keys: dict[str, int] = {}
    for it in items:
        text = it.text
        f = memo.get(text)
        if f is None:
            f = compute(text)
            if len(memo) >= FEATURE_MEMO_SIZE:
                memo.clear()
            memo[text] = f
        n, it.stop_ratio, key, ends, upper, it.hit, it.dateline, it.prose, it.code, it.words, it.digit = f
        it.n_words, it.key, it.ends, it.upper = n, key, ends, upper
        keys[key] = keys.get(key, 0) + 1
        it.headline = (
            HEADLINE_MIN_WORDS <= n <= HEADLINE_MAX_WORDS
            and not ends
            and upper is not False
            and text[-1:] != ":"
            and not it.marker
        )
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
                    ) or (
                        # "Article image for: <headline>" then "<headline>"
                        key.endswith(other)  # the cheap test first
                        and other.count(" ") + 1 >= ECHO_MIN_WORDS
                        and key[-len(other) - 1 : -len(other)] == " "
                        and key.count(" ", 0, len(key) - len(other)) <= ECHO_PREFIX_WORDS
                    ):
                        it.echo = items[j].echo = True
                        break
        if not it.echo and it.n_words >= 2 * ECHO_MIN_WORDS and (_self_repeat(key) or _glued_repeat(it.text)):
            it.echo = True
        if it.echo and it.prose is not Prose.BAD:
            it.prose = Prose.BAD
    if items and lynx_link_list(items[0].text):
        items[0].prose = Prose.BAD
    return items, lang


#: The mark lynx prints for a form's button, before the button's label
#: ("(BUTTON) Subscribe", "(BUTTON) Close Menu") or alone for an icon: no
#: word of the page.  w3m prints the label alone.
LYNX_BUTTON = "(BUTTON)"
_LYNX_BUTTONS = regex.compile(r"(?<!\S)\(BUTTON\)(?!\S)\s*+")


#: A line of nothing but lynx's marks: buttons without a label, a form's
#: text fields ("____________________"; three underscores are a writer's
#: separator between an article's sections, as AP's).
_LYNX_MARKS_ONLY = regex.compile(r"(?:\(BUTTON\)|_{5,})(?:\s+(?:\(BUTTON\)|_{5,}))*")


def lynx_marks_only(text: str) -> bool:
    """Whether a block is nothing but lynx's marks (:data:`_LYNX_MARKS_ONLY`):
    no word of the page, so never the article's (w3m prints no such line,
    or "[          ]", which a rule names)."""
    return _LYNX_MARKS_ONLY.fullmatch(text.strip()) is not None


#: lynx's first line: the titles of the page's ``<link>`` elements after a
#: "#" ("#RSS 2.0 RSS .92 Atom Comments Feed", "#Acme » Feed Acme » Comments
#: Feed"); a Markdown heading has a blank after its "#".
_LYNX_LINK_LIST = regex.compile(r"#[^\s#]")


def lynx_link_list(text: str) -> bool:
    """Whether a text's first block is lynx's list of the page's links
    (:data:`_LYNX_LINK_LIST`): no prose, however many words it strings together."""
    return _LYNX_LINK_LIST.match(text) is not None


def without_buttons(text: str) -> str:
    """A block's text as its features are read: without lynx's button marks
    (:data:`LYNX_BUTTON`), so that "(BUTTON) Subscribe" meets the rules of
    "Subscribe" as w3m prints it.  A block of only marks is left as it is:
    a short line that is no prose, as w3m's empty button would be none."""
    rest = _LYNX_BUTTONS.sub("", text).strip()
    return rest or text


def _sentence_case(text: str) -> bool:
    """Few capitalised words: a sentence that lost its full stop, not a
    Title Case Headline."""
    words = text.split()
    caps = sum(1 for w in words if w[:1].isupper())
    return caps <= SENTENCE_CASE_MAX_CAPS * len(words)


class _Features:
    """Computes the text-only features of a block (see :func:`analyse`)."""

    __slots__ = ("cjk_chars", "cjk_marks", "is_stop", "match", "neutral", "th")

    def __init__(self, lang: str, config: Config, stops: frozenset[str], neutral: bool = False):
        self.is_stop = stops.__contains__
        #: The stopwords are the page's own (newsclean.function_words).
        self.neutral = neutral
        self.cjk_chars = stopchars(lang)
        self.cjk_marks = clause_marks(lang)
        self.th = config.thresholds
        self.match = config.ruleset_for(lang).match

    def __call__(self, text: str) -> tuple:
        if LYNX_BUTTON in text:
            text = without_buttons(text)
        words = folded_words(text)
        n = len(words)
        ratio = sum(map(self.is_stop, words)) / n if n else 0.0
        chars = len(text)
        if self.cjk_chars:
            n2, ratio = _cjk_measures(text, n, ratio, self.cjk_chars, self.cjk_marks)
            chars += CJK_CHAR_WEIGHT * (n2 - n)
        else:
            n2 = n
        ends = ends_sentence(text)
        c0 = text[:1]
        # a caseless script (Han, Arabic, Devanagari) is neither upper nor lower
        upper = True if c0.isupper() else False if c0.islower() else first_letter_upper(text)
        key = " ".join(words) if n <= RULE_MAX_WORDS else ""
        digit = DIGIT.search(text) is not None
        hit = self.match(text, key, n, digit, words) if n <= RULE_MAX_WORDS else None
        code = (hit is None or not hit.family.strong) and is_code(text, n)  # a strong rule's block is no code
        dateline = (
            not code and n <= DATELINE_MAX_WORDS and digit and may_hold_date(text, words) and is_dateline(text, n, words)
        )
        th = self.th
        if hit is not None:
            prose = Prose.BAD
        elif chars < th.near_chars and not (ends and upper and ratio >= th.near_stop and n2 >= SENTENCE_MIN_WORDS) or not (
            ends
            or n2 >= PROSE_WITHOUT_STOP_WORDS
            or INNER_SENTENCE.search(text) is not None
            or (n2 >= UNPUNCTUATED_MIN_WORDS and ratio >= th.good_stop and _sentence_case(text))
        ):
            prose = Prose.SHORT
        elif chars >= th.good_chars and ratio >= th.good_stop:
            prose = Prose.GOOD
        elif ratio >= th.near_stop:
            prose = Prose.NEAR
        elif chars < th.near_chars:
            prose = Prose.SHORT
        elif self.neutral and ends and n2 >= NEUTRAL_MIN_WORDS and (
            n2 >= NEUTRAL_SENTENCE_WORDS or len(SENTENCE_MARK.findall(text)) >= NEUTRAL_MIN_SENTENCES
        ):
            # a page read with its own function words, in a language that
            # writes them as affixes (Amharic, Turkic, Bantu languages): sentences are prose
            prose = Prose.GOOD if chars >= th.good_chars else Prose.NEAR
        elif ends and upper and n2 >= TERSE_MIN_WORDS and ratio >= th.near_stop - TERSE_STOP_SLACK:
            # a long written sentence of technical or listing prose, with
            # fewer function words than narrative ("The library provides
            # three capabilities: protocol capture, security defaults ...")
            prose = Prose.NEAR
        else:
            prose = Prose.BAD
        return n2, ratio, key, ends, upper, hit, dateline, prose, code, tuple(words), digit


#: Characters that may join the copies of a glued repeat; how many copies;
#: how many characters of its start are looked for again (at least).
REPEAT_SEAM, REPEAT_MAX_COPIES = " .|:-–—·", 3
REPEAT_PROBE, REPEAT_PROBE_MIN = 30, 8


def _glued_repeat(text: str) -> bool:
    """The same text two or three times with nothing or a little
    punctuation between ("Reykjavik at dusk.Reykjavik at dusk", "Acme
    LogoAcme Logo"): an image's alternative text, its title and a link's
    text dumped together, the words of the seams glued into one."""
    t = text.strip()
    n = len(t)
    probe = t[: min(REPEAT_PROBE, n // 2)].rstrip()
    if len(probe) < REPEAT_PROBE_MIN:
        return False
    k = t.find(probe, 1)  # the cheap test first: most lines hold their start once
    if k == -1 or not LETTER.search(probe):
        return False
    starts = [0]
    while k != -1 and len(starts) < REPEAT_MAX_COPIES + 1:
        starts.append(k)
        k = t.find(probe, k + 1)
    if not 2 <= len(starts) <= REPEAT_MAX_COPIES:
        return False
    parts = {t[a:b].strip(REPEAT_SEAM) for a, b in zip(starts, starts[1:] + [n])}
    return len(parts) == 1


def repeated_line(text: str, key: str) -> bool:
    """The same text twice or three times in one line ("Headline
    Headline", "Acme LogoAcme Logo")."""
    return _self_repeat(key) or _glued_repeat(text)


def _self_repeat(key: str) -> bool:
    """A line holding the same words twice ("Headline Headline"; a number
    before them aside): a teaser whose image text and link text were dumped
    together.  Read on the key as a string: its words are joined by single
    spaces, so the words repeat when its two halves around the middle space
    are the same."""
    if key[:1].isdigit():
        space = key.find(" ")
        if space != -1 and key[:space].isdigit():
            key = key[space + 1 :]
    n = len(key)
    if n % 2 == 0:
        return False  # the same words twice and a space between: an odd length
    half = n // 2
    return key[half] == " " and key[:half] == key[half + 1 :] and key.count(" ", 0, half) + 1 >= ECHO_MIN_WORDS
