"""The article's head: headline, standfirst and byline around the body's start.

Plain text has no ``<h1>``; the headline is found the way a reader finds
it: a headline-shaped line (a few words, no closing full stop) shortly
before the first paragraph, often printed twice (page title and heading),
often followed by a dateline or a byline.  Between the headline and the
body sit the standfirst (a sentence or two, followed by the byline or the
photo rather than by the text), bylines, datelines and captions.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

import regex

from .classify import INNER_SENTENCE, repeated_line
from .cohesion import stems
from .datafiles import read_toml
from .item import Item, Prose
from .labels import Label
from .names import meta_row, split_names
from .region import tag_shaped
from .stoplists import stoplist
from .text import WORD, first_letter_upper
from .url import PageUrl, slug_match

#: How many blocks before the first paragraph the headline may be.
HEAD_REACH = 25
#: Labels a headline candidate may carry from the first pass.
_TITLE_OVERRIDABLE = {None, Label.RELATED, Label.NAVIGATION, Label.WIDGET, Label.BODY}
_HEAD_LABELS = {Label.BYLINE, Label.CAPTION}
#: Labels the head pass may change (shape-based guesses, not rule hits).
_SOFT_LABELS = {None, Label.BODY, Label.WIDGET, Label.RELATED, Label.NAVIGATION}
_PROSE = (Prose.GOOD, Prose.NEAR)
#: How far after the headline (blocks) the standfirst may be.
LEAD_REACH = 4
#: A standfirst sums the article up in a sentence or two; a paragraph of
#: more words under the headline is the article's first.
LEAD_MAX_WORDS = 60
#: Words in a row of tag links at least (its shape otherwise
#: :func:`newsclean.region.tag_shaped`'s).
TAG_ROW_MIN_WORDS = 4


#: How a headline candidate is weighed: a sum of named pieces of evidence
#: (:data:`EVIDENCE`), each times its weight in ``data/headline.toml``.
#: A headline's usual length (words); how far after it (blocks) a dateline
#: or a byline counts as its own.
TITLE_WORDS = (4, 20)
TITLE_FOLLOW_REACH = 6
#: A line shaped as a breadcrumb ("StartseiteAstro-BilderPlejaden",
#: "Home » News » ..."), a link to the next or previous post ("← Older
#: post", "NächsterEin Gefängnis ohne Dach") or a picture's credit ("... ©
#: Acme"): not the headline.
_NOT_HEADLINE = regex.compile(
    r"^\s*(?:[←→<>]|(?:Home|Homepage|Startseite|Accueil|Inicio|Início|Home\s+page)(?:\s*[»>/|›→]|(?=\p{Lu}))"
    r"|(?:Nächster|Vorheriger|Next|Previous|Prev|Older|Newer|Suivant|Précédent|Siguiente|Anterior)(?=\p{Lu}))"
    r"|©"
)
#: A candidate of more words than this holding a sentence's end and the
#: next one's start reads as prose, not a headline.
TITLE_PROSE_WORDS = 16
#: A line printed in title case (this share of its non-stopwords capitalised).
TITLE_CASE_SHARE = 0.8
#: Languages whose headlines are printed in title case (German capitalises
#: every noun, French and Spanish headlines are in sentence case).
TITLE_CASE_LANGUAGES = frozenset({"en"})
#: How far before the body (blocks) the headline is looked for, and how
#: many words of the body its words are compared with.
TITLE_REACH, TITLE_AFTER_BODY = 60, 0
#: The page's URL, when given: a headline's words are its slug's (scaled by
#: how well the two agree, :func:`newsclean.url.slug_match`).  Weighed as
#: one piece of evidence among the others: a slug may name a section.
#: A line that agrees this well with the slug is a candidate even inside
#: the body's first TITLE_SLUG_REACH blocks, or read as prose (a headline
#: the first pass gave the body).
TITLE_SLUG_STRONG, TITLE_SLUG_REACH = 0.7, 12
BODY_SAMPLE_WORDS = 400
#: Paragraphs of the body that must share an indentation for a line left
#: of it to stand out.
BODY_INDENT_MIN = 2
#: A headline names what the whole article is about, so its words recur
#: all through it (lexical cohesion, as in TextTiling); a subheading's
#: recur in its own section, a teaser's or a menu's nowhere.  Read over the
#: body's first SPREAD_PARAGRAPHS paragraphs of SPREAD_MIN_WORDS words or
#: more, words compared by their stems (:func:`newsclean.cohesion.stems`).
SPREAD_PARAGRAPHS, SPREAD_MIN_WORDS = 30, 8
_META = {Label.BYLINE, Label.CAPTION, Label.TAGS}


class _Keys:
    """The keys of the lines around the headline, to ask whether a line is
    printed inside another one (a breadcrumb, a share text)."""

    def __init__(self, keys: list[str]) -> None:
        self._joined = "\n".join(f" {k} " for k in keys if k)
        self._count = Counter(keys)

    def inside(self, key: str) -> bool:
        """Whether ``key`` occurs within a line other than its own copies."""
        return self._joined.count(f" {key} ") > self._count[key]


def _person_line(text: str) -> bool:
    """A line that only names people, with their credentials or roles: an
    author box, not a headline ("Jane Doe, MS, RD", "Jane Doe | Guest
    Columnist", "& Jane Doe, Director of Education, Acme Foundation")."""
    if _NAME_COMMA_ROLE.match(text):
        return True
    if not (_CREDENTIALS.search(text) or _ROLE_AFTER.search(text)):
        return False
    return bool(split_names("By " + text))


_CREDENTIALS = regex.compile(r",\s*(?:[A-Z]{2,5}|Ph\.?D\.?|M\.?D\.?)(?:,\s*[A-Z][A-Za-z.®]{1,6})*\s*$")
_NAME_COMMA_ROLE = regex.compile(
    r"^(?:(?:&|and)\s+)?\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3},\s+[^,]{0,60}?\b"
    r"(?i:attorney|lawyer|counsel|director|professor|editor|writer|reporter|correspondent|columnist|manager"
    r"|president|officer|founder|ceo|analyst|expert|researcher|fellow|chair|partner|consultant|specialist)s?\b"
)
_ROLE_AFTER = regex.compile(r"(?i)\|\s*(?:guest\s+)?(?:columnists?|contributors?|staff\s+writers?|correspondents?|editors?)\s*$")


#: Words of a headline candidate.
TITLE_MIN_WORDS, TITLE_MAX_WORDS = 2, 30
#: Full stops, in the scripts that have their own ("。", "።", "।", "۔"): a
#: line ending with one is a sentence, not a headline.
FULL_STOPS = (".", "。", "።", "।", "۔")


def _candidate(it: Item) -> bool:
    """A line that may be the headline: a few words, no list marker (a
    table of contents' items repeat the headline's words).  A closing full
    stop counts against it (``full_stop``), unless it is the URL's slug:
    some headlines end with one ("Ravenous goats ruled this island. Now,
    it's being reborn.")."""
    return TITLE_MIN_WORDS <= it.n_words <= TITLE_MAX_WORDS and not it.in_thread and not it.marker


#: The pieces of evidence a headline candidate is weighed by, in the
#: order :func:`_evidence` gives them; their weights are data
#: (``data/headline.toml``).
EVIDENCE = (
    "distance", "after_body", "slug_in_body", "words", "repeat", "inside", "overlap", "slug",
    "dateline", "dateline_gap", "byline", "strong_rule", "weak_rule", "short", "lower",
    "title_case", "meta", "prose", "shape", "outdent", "spread", "full_stop",
)  # fmt: skip


@cache
def weights() -> tuple[float, ...]:
    """The weights of :data:`EVIDENCE`, read from ``data/headline.toml``."""
    table = read_toml("headline.toml")["weights"]
    missing = [k for k in EVIDENCE if k not in table]
    unknown = [k for k in table if k not in EVIDENCE]
    if missing or unknown:
        raise ValueError(f"headline.toml: weights missing {missing}, unknown {unknown}")
    return tuple(float(table[k]) for k in EVIDENCE)


class _Page:
    """What every candidate of a page is compared with."""

    def __init__(self, items: list[Item], first_body: int, e: int, language: str, keys: _Keys) -> None:
        self.first_body = first_body
        self.stops = stops = stoplist(language) or stoplist("en")
        self.keys = keys
        self.title_case = language in TITLE_CASE_LANGUAGES
        body_words: set[str] = set()
        indents: Counter[int] = Counter()
        paragraphs: list[tuple[int, set[str]]] = []
        for i, it in enumerate(items[first_body : e + 1], first_body):
            if it.label is Label.BODY:
                indents[it.indent] += 1
                if len(body_words) < BODY_SAMPLE_WORDS:
                    body_words.update(w for w in it.words if w not in stops)
                if len(paragraphs) < SPREAD_PARAGRAPHS and it.n_words >= SPREAD_MIN_WORDS:
                    paragraphs.append((i, stems(it.words)))
        self.body_words = body_words
        #: the index and stems of each of the body's first paragraphs
        self.paragraph_stems = paragraphs
        #: the body's paragraphs' usual indentation, when two or more share
        #: it (lynx indents them, and prints headings at the margin)
        usual = indents.most_common(1)
        self.body_indent = usual[0][0] if usual and usual[0][1] >= BODY_INDENT_MIN else 0


def _evidence(items: list[Item], i: int, page: _Page, slug_score: float = 0.0) -> list[float]:
    """The candidate ``items[i]``'s evidence, one number per :data:`EVIDENCE`."""
    it = items[i]
    ev = [0.0] * len(EVIDENCE)
    d = page.first_body - i
    if d >= 0:
        ev[0] = min(d, TITLE_REACH)
    elif slug_score >= TITLE_SLUG_STRONG:  # the URL's words, under the body's first lines
        ev[2], ev[0] = 1.0, -d
    else:
        ev[1] = -d
    ev[3] = TITLE_WORDS[0] <= it.n_words <= TITLE_WORDS[1]
    ev[4] = it.dup >= 2
    ev[5] = bool(it.key) and page.keys.inside(it.key)
    words = [w for w in it.words if w not in page.stops]
    if words:
        ev[6] = sum(1 for w in words if w in page.body_words) / len(words)
    ev[7] = slug_score
    for j in range(i + 1, min(len(items), i + 1 + TITLE_FOLLOW_REACH)):
        if items[j].dateline:
            ev[8], ev[9] = 1.0, j - i
            break
    for j in range(i + 1, min(len(items), i + 1 + TITLE_FOLLOW_REACH)):
        if items[j].hit is not None and items[j].hit.family.name == "byline.author":
            ev[10] = 1.0
            break
    if it.hit is not None and it.hit.family.name != "related.headline":  # "X, minister says" is a headline
        ev[11 if it.hit.family.strong else 12] = 1.0
    ev[13] = it.n_words < 3
    ev[14] = _starts_lower(it.text)  # "machine learning in ecommerce": an image's text, a slug
    ev[15] = page.title_case and _title_case(it.text, page.stops)
    # "Jane Doe, MS, RD", "Jane Doe and John Roe | Guest Columnists", "Dec 19, 2025|Updated ...|5 min read"
    ev[16] = it.label in _META or _person_line(it.text) or bool(meta_row(it))
    # two sentences: a paragraph cut short by its colon
    ev[17] = it.n_words > TITLE_PROSE_WORDS and INNER_SENTENCE.search(it.text) is not None
    # a breadcrumb, a link to the next post, a credit; a teaser's picture text and link text glued ("X X")
    ev[18] = bool(_NOT_HEADLINE.search(it.text)) or bool(repeated_line(it.text, it.key))
    ev[19] = it.indent < page.body_indent
    # (not counting the line itself, when the first pass read it as a paragraph)
    others = [p for k, p in page.paragraph_stems if k != i]
    if words and others:
        own = stems(words)
        ev[20] = sum(1 for p in others if not own.isdisjoint(p)) / len(others)
    ev[21] = slug_score < TITLE_SLUG_STRONG and _sentence_end(it.text)
    return ev


def _sentence_end(text: str) -> bool:
    """The line ends with a full stop (not an ellipsis "..")."""
    text = text.rstrip()
    return text.endswith(FULL_STOPS) and not text.endswith("..")


def _starts_lower(text: str) -> bool:
    """The line's first letter is in lower case, unless a whole number
    comes before it: "10 ways to ..." is a headline in sentence case, "4,5
    von 5 Sternen" a rating."""
    m = _LEADING_COUNT.match(text)
    if m is not None:
        return False
    return first_letter_upper(text) is False


#: A whole number opening a line, then a word ("10 ways", "2025: the year").
_LEADING_COUNT = regex.compile(r"\W{0,2}\d+(?![.,]\d)[:.]?\s+\p{L}")


def _title_case(text: str, stops: frozenset[str]) -> bool:
    """Most words capitalised, as headlines are printed in English ("What
    Meditation Can Do for You"), unlike a standfirst's sentence."""
    words = [w for w in WORD.findall(text) if w.casefold() not in stops and w[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def headline_evidence(
    items: list[Item], s: int, e: int, language: str = "en", url: PageUrl | None = None
) -> list[tuple[int, list[float]]]:
    """Every headline candidate of the article ``items[s..e]``: its index
    and its evidence (one number per :data:`EVIDENCE`), top to bottom."""
    first_body = next((i for i in range(s, e + 1) if items[i].label is Label.BODY), None)
    if first_body is None:
        return []
    lo, hi = max(0, first_body - TITLE_REACH), min(len(items), first_body + 1 + TITLE_AFTER_BODY)
    keys = _Keys([it.key for it in items[max(0, lo - TITLE_REACH) : hi + TITLE_REACH]])
    page = _Page(items, first_body, e, language, keys)
    slug = url.slug if url is not None else ()
    reach = min(len(items), first_body + 1 + TITLE_SLUG_REACH) if slug else hi
    out = []
    # With a URL, a line that is the slug's words is a candidate from the
    # page's top to the body's first lines, however far above the body.
    for i in range(0 if slug else lo, max(hi, reach)):
        it = items[i]
        # the slug is read only for a line of a headline's size and shape
        if not _candidate(it):
            continue
        match = slug_match(it.words, slug) if slug else 0.0
        if (i < lo or i >= hi or (it.label is Label.BODY and it.prose is Prose.GOOD)) and match < TITLE_SLUG_STRONG:
            continue
        if it.label is Label.BODY and match < TITLE_SLUG_STRONG and _sentence_end(it.text):
            continue  # a sentence the first pass gave the body stays there
        out.append((i, _evidence(items, i, page, match)))
    return out


def label_head(items: list[Item], s: int, e: int, language: str = "en", url: PageUrl | None = None) -> int | None:
    """Label headline, standfirst and bylines; return the headline's index.
    ``url``, the page's address, lends its slug as evidence."""
    w = weights()
    best, best_score = None, float("-inf")
    for i, ev in headline_evidence(items, s, e, language, url):
        sc = sum(a * x for a, x in zip(w, ev) if x)
        if sc > best_score:
            best, best_score = i, sc
    if best is None:
        return None
    title = items[best]
    title.label, title.reason = Label.TITLE, "head.headline"
    first = best
    for i, it in enumerate(items):
        if it is not title and it.key == title.key and it.key:
            it.label, it.reason = Label.TITLE, "head.headline-repeat"
            if best - HEAD_REACH <= i < first:
                first = i
    _label_after_title(items, first, e)
    return best


def _label_after_title(items: list[Item], t: int, e: int) -> None:
    """Standfirst, bylines, tag rows and captions between headline and body."""
    seen_meta = False
    lead_done = False
    i = t + 1
    while i <= e or (i < len(items) and i - t <= LEAD_REACH):
        it = items[i]
        if it.label is Label.TITLE:
            i += 1
            continue
        if it.dateline and it.label in _SOFT_LABELS:
            it.label, it.reason = Label.BYLINE, "head.dateline"
            seen_meta = True
        elif it.label in _HEAD_LABELS:
            seen_meta = True
        elif _tag_row(it) and it.label in _SOFT_LABELS and it.label is not Label.BODY:
            it.label, it.reason = Label.TAGS, "head.tag-row"
        elif it.label is Label.BODY:
            if seen_meta or lead_done:
                return
            # A paragraph followed by byline or photo, not by more text,
            # is the standfirst.
            j = i + 1
            while j <= e and items[j].label not in (Label.BODY, *_HEAD_LABELS) and not items[j].dateline:
                j += 1
            if it.prose in _PROSE and it.n_words <= LEAD_MAX_WORDS and j <= e and (items[j].label in _HEAD_LABELS or items[j].dateline):
                it.label, it.reason = Label.LEAD, "head.standfirst"
                lead_done = True
            else:
                return
        elif (
            not lead_done
            and it.hit is None
            and it.prose in _PROSE
            and i - t <= LEAD_REACH
        ):
            # Prose between the headline and the body that the region left out.
            if it.n_words > LEAD_MAX_WORDS:
                it.label, it.reason = Label.BODY, "head.first-paragraph"
            else:
                it.label, it.reason = Label.LEAD, "head.standfirst"
            lead_done = True
        i += 1


def _tag_row(it: Item) -> bool:
    """A row of tag links under a headline: several words, none of them a
    stopword, no sentence punctuation ("US NATO Russia security guarantees")."""
    return it.n_words >= TAG_ROW_MIN_WORDS and tag_shaped(it)
