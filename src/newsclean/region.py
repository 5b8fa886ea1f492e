"""Find the article: the span of blocks with the largest value.

Every block gets a value: prose adds its words, boilerplate and short
fragments subtract.  The article is the span with the largest sum -- the
maximum-subarray idea of Finn, Kushmerick and Smyth's Body Text Extraction,
applied to blocks instead of tags: a menu of two hundred items costs more
than any paragraph gains, while an ad marker or a caption between two
paragraphs costs less than the paragraphs around it bring.

On top of the plain sum:

* **walls** the span never crosses: footer blocks (rules with ``ends``:
  "Terms of use", "© 2024 ...") and the gap inside a teaser card (a date,
  an image file name, a source's domain between two summaries);
* **the comment section** (a comment form or an author line followed by
  more of them) counts only a tenth, and only when nothing before it
  counts at all;
* **isolated prose** (one paragraph between non-prose on both sides: a
  teaser's summary, an FAQ answer) counts half;
* a **dateline** inside the text costs a lot: it starts a new item.
"""

from __future__ import annotations

import regex

from .cohesion import Vocabulary, stems
from .config import Thresholds
from .dates import find_date
from .item import Item, Prose
from .labels import Label
from .thread import find_threads, name_line

#: Value of a block that a strong rule claims, per word (at least MIN).
STRONG_COST_MIN = 3.0
#: A paragraph this long that a yielding family claims costs no more than
#: a short fragment (see the rules' ``yields``).
YIELD_MIN_WORDS = 25
#: Value of a short fragment no rule claims (a complete short sentence
#: costs SENTENCE_COST).
SHORT_COST, SENTENCE_COST = 1.0, 0.3
#: Value per word of NEAR prose relative to GOOD prose.
NEAR_WEIGHT = 0.4
#: Value of a header that opens a list of teasers ("Related posts"): the
#: article seldom goes on after one, so crossing it must pay.
SECTION_HEADER_COST = 15.0
#: How far (blocks) a section header's section may reach, and what its
#: members cost per word (a teaser's summary is not article text).
SECTION_REACH = 20
SECTION_MEMBER_WEIGHT = 0.3
#: Items of a section's list, each marked, after which prose without a mark
#: ends the section.
LIST_MEMBERS_MIN = 2
#: Consecutive datelines that make a list of dates.
DATE_LIST_MIN = 3
#: Cost of a stand-alone dateline: inside the article it starts a new item.
DATELINE_COST = 8.0
#: Weight of prose with non-prose on both sides.
ISOLATED_WEIGHT = 0.35
#: Weight of prose inside the comment section.
COMMENT_ZONE_WEIGHT = 0.1
#: A comment opener starts the comment section when this many openers
#: (itself included) lie within this many blocks.
COMMENT_EVIDENCE_MIN, COMMENT_EVIDENCE_REACH = 2, 6
#: A comment section ends after this many blocks without comment evidence;
#: the last comment's text runs at most COMMENT_TAIL blocks past its head.
COMMENT_GAP, COMMENT_TAIL = 40, 40
#: A gap between two prose blocks is a teaser card when it is at most this
#: long and holds this many card parts.
CARD_MAX_GAP, CARD_MIN_PARTS = 6, 2
#: Value of a line of code between two paragraphs of prose (a listing in
#: a technical article); elsewhere a line of code counts nothing.
CODE_VALUE = 3.0
#: Blocks a listing may be away from the prose around it; blocks between
#: two lines of code of one listing (a heading, a line the test missed).
CODE_REACH, CODE_RUN_GAP = 15, 4
#: Weight of prose after a comment form, when this much prose is before it.
AFTER_FORM_WEIGHT, AFTER_FORM_MIN_PROSE = 0.1, 5.0
#: Value of a wall.
WALL = -1e9

#: Blocks after a late comment header in which its evidence must lie (a
#: feed notice and a commenter's name may come before a comment's byline).
LATE_EVIDENCE_REACH = 10
#: Words of a short comment that follows a late comment header.
LATE_COMMENT_WORDS = 6
#: Share of stopwords in those words, at least.
LATE_COMMENT_STOPS = 0.3

#: An image's file name alone on its line.  Matched from the end (``(?r)``):
#: forwards, the leading ``\W*`` backtracks over every position of a long
#: run of punctuation and the regex module takes quadratic time.
FILENAME = regex.compile(r"(?ri)^\W*[\w\-. ()]{1,80}\.(?:jpe?g|png|gif|webp|svg|avif)\W*$")
#: A site's domain; it starts a token (or follows the token's leading dot),
#: never inside an e-mail address, and a failed try is not repeated from
#: every later dot of the same token (which made a long dotted run quadratic).
DOMAIN = regex.compile(
    r"(?i)(?<![\w@-])(?<![\w@-]\.)[\w-]++(?:\.[\w-]++)*?\.(?:com|org|net|co\.uk|io|news|tv|de|fr|ru|ua)\b"
)


#: Cost of an image's or a form field's placeholder ("[photo-1]").
IMAGE_COST = 3.0


def value_of(it: Item, th: Thresholds) -> float:
    """What a block adds to (or takes from) the span it is in."""
    n = it.n_words
    hit = it.hit
    if hit is not None:
        fam = hit.family
        if fam.opens and fam.label is Label.RELATED:
            return -SECTION_HEADER_COST
        if fam.yields and n >= YIELD_MIN_WORDS:
            # words an article shares with the pitch: the span may cross
            # it, and the context pass decides (newsclean.context)
            return -SHORT_COST
        if fam.strong:
            if it.text.startswith("["):
                # an image or a form field: the digits of a file name
                # ("[2025-12-12_19-47-58]") are no words
                return -IMAGE_COST
            return -max(STRONG_COST_MIN, float(n))
        return -th.weak_rule_cost * max(2.0, 0.5 * n)
    prose = it.prose
    if prose is Prose.GOOD:
        return float(n)
    if prose is Prose.NEAR:
        return NEAR_WEIGHT * n
    if prose is Prose.SHORT:
        return -SENTENCE_COST if it.ends and it.stop_ratio > 0 else -SHORT_COST
    return -max(2.0, 0.5 * n)


def best_span(values: list[float]) -> tuple[int, int]:
    """Start and end (inclusive) of the maximum-sum span; (0, -1) if none."""
    best, best_s, best_e = 0.0, 0, -1
    cur, cur_s = 0.0, 0
    for i, v in enumerate(values):
        if cur <= 0:
            cur, cur_s = v, i
        else:
            cur += v
        if cur > best:
            best, best_s, best_e = cur, cur_s, i
    return best_s, best_e


def is_comment_opener(it: Item) -> bool:
    hit = it.hit
    return hit is not None and hit.family.label is Label.COMMENT and hit.family.opens


def comment_zones(items: list[Item]) -> list[bool]:
    """Which blocks belong to a comment section.

    Comment evidence comes in kinds (the rule families of the comment
    label): headers and forms ("12 Comments", "Leave a Reply"), author lines
    ("Jane says:"), dated names ("Jane October 23, 2012 at 3:41 pm") and
    thread buttons ("Reply").  A section starts at a header, form, author
    line or dated name when, within COMMENT_EVIDENCE_REACH blocks, there is
    an author line, or a button next to another kind: a lone "12 comments"
    link under a headline starts none, nor do two datelines of a news
    byline, nor "Report" buttons under embedded posts.  The section lasts while evidence keeps coming, until
    COMMENT_GAP blocks pass without any.
    """
    n = len(items)
    inside = [False] * n
    kinds = [_comment_kind(it) for it in items]
    i = 0
    while i < n:
        if kinds[i] in (None, "button"):
            i += 1
            continue
        window = [(kinds[j], items[j].key) for j in range(i, min(n, i + COMMENT_EVIDENCE_REACH)) if kinds[j]]
        found = {k for k, _ in window}
        if not ("author" in found or ("button" in found and len(found) >= 2)):
            i += 1
            continue
        i = _extend_zone(items, kinds, inside, i)
    # Threads known by their repeated headers, with or without rule evidence.
    for thread in find_threads(items, [k is not None for k in kinds]):
        for k in range(thread.start, thread.end + 1):
            inside[k] = True
            items[k].in_thread = True
        for k in thread.headers:
            items[k].thread = thread
    return inside


def _extend_zone(items: list[Item], kinds: list[str | None], inside: list[bool], i: int) -> int:
    """Mark a comment section from block i while evidence keeps coming
    (until COMMENT_GAP blocks pass without any, or another section begins);
    returns where it stopped."""
    n = len(items)
    last = j = i
    while j < n and j - last <= COMMENT_GAP:
        if kinds[j]:
            last = j
        elif j > i and _ends_thread(items[j]):
            break
        inside[j] = True
        j += 1
    for k in range(last + 1, j):  # the blocks after the last evidence stay out
        inside[k] = k - last <= COMMENT_TAIL
    return j


def late_comments(items: list[Item], end: int, zones: list[bool]) -> None:
    """A comment header after the article's end ("Comments", "One comment so
    far") opens a comment section when a commenter's byline, dated name,
    header-shaped line or date line and some prose follow it within
    LATE_EVIDENCE_REACH blocks: a thread of one comment ("Posted by: Jane |
    June 08, 2012 at 02:29 PM") has no second header to repeat, and a list
    of teasers signed "By Jane" has no prose.  Before the article ends, a
    byline after a counter is the article's own, so this runs once the
    article's span is known.  A commenter's dated byline right under a
    section's last text joins the section."""
    n = len(items)
    kinds: list[str | None] = [None] * n  # read after the article only
    for i in range(end + 1, n):
        it = items[i]
        kind = _comment_kind(it)
        if kind is None and (it.dateline or it.hit is not None and it.hit.family.label is Label.BYLINE):
            kind = "byline"
        kinds[i] = kind
    for i in range(max(end + 1, 1), n):
        # a commenter's dated byline right under the section's last text
        if zones[i - 1] and not zones[i] and kinds[i] == "byline" and items[i].dateline:
            zones[i] = True
    if not any(is_comment_opener(it) for it in items[end + 1 :]):
        return
    for i in range(end + 1, n):
        it = items[i]
        if kinds[i] is None and (shape := it.shape) is not None and not shape.startswith("bare:"):
            kinds[i] = "author"  # "Tim said...": one comment's header, no thread of them
        elif kinds[i] is None and it.marker and name_line(it):
            kinds[i] = "author"  # "1. 1. Al", "• peter_p": a listed commenter's name
    i = end + 1
    while i < n:
        it = items[i]
        if zones[i] or it.marker or not is_comment_opener(it):  # "• Comments" is a menu's item
            i += 1
            continue
        reach = range(i + 1, min(n, i + 1 + LATE_EVIDENCE_REACH))
        signed = any(kinds[j] in ("byline", "dated", "author") for j in reach)
        if not (signed and any(_commenters_words(items[j]) for j in reach)):
            i += 1
            continue
        i = _extend_zone(items, kinds, zones, i)


def _commenters_words(it: Item) -> bool:
    """Prose, or a few words with many stopwords ("I always like to see what
    you're up to"), unlike a headline ("Top 10 Creepy Cursed Objects")."""
    if it.hit is not None or it.prose is Prose.BAD:
        return False
    return it.prose is not Prose.SHORT or (
        it.n_words >= LATE_COMMENT_WORDS and it.stop_ratio >= LATE_COMMENT_STOPS and not it.marker
    )


def _ends_thread(it: Item) -> bool:
    """A section header or footer of another kind ends a comment thread."""
    hit = it.hit
    return hit is not None and hit.family.label is not Label.COMMENT and (hit.family.opens or hit.family.ends)


def _comment_kind(it: Item) -> str | None:
    """'form', 'author', 'dated' or 'button' for comment evidence, else None."""
    hit = it.hit
    if hit is None or hit.family.label is not Label.COMMENT:
        return None
    kind = hit.family.name.rsplit(".", 1)[-1]
    if kind in ("author", "dated", "button"):
        return kind
    return "form" if hit.family.opens else "button"


#: The bullets a teaser card's parts may carry: a dump's first- and
#: second-level list items (w3m's "•" and "□", lynx's "*" and "+").
CARD_BULLETS = "□•*+"


def _card_part(items: list[Item], k: int) -> str | None:
    """The kind of teaser card's part a block is: a date line (not one of a
    list of dates), an image's file name, a domain; None for none."""
    it = items[k]
    if it.marker and it.marker not in CARD_BULLETS:
        return None
    if it.dateline and it.n_words <= 8:
        return None if in_date_list(items, k, len(items)) else "date"
    if it.n_words > 6:
        return None
    if FILENAME.match(it.text) is not None:
        return "listed-picture" if it.marker else "picture"  # a row of bulleted thumbnails is a list's
    return "domain" if DOMAIN.search(it.text) is not None else None


#: Paragraphs in a row on each side of a card's gap that make it a picture
#: inside a text of several paragraphs (a listicle's entry: "[Booking]" /
#: "Booking.com" / "#8: Booking.com") rather than the seam of two teasers,
#: whose summaries are a paragraph each.
CARD_SIDE_PARAGRAPHS = 2


def _between_texts(items: list[Item], i: int, j: int) -> bool:
    """Whether CARD_SIDE_PARAGRAPHS blocks that add to a span stand in a row
    just before ``items[i]`` and just after ``items[j-1]``, and no dated
    line is in the gap (a picture's file name, a domain, a credit)."""
    if any(it.dateline for it in items[i:j]):
        return False  # a dated line starts an item: a post's, a comment's, a teaser's
    before = items[max(0, i - CARD_SIDE_PARAGRAPHS) : i]
    after = items[j : j + CARD_SIDE_PARAGRAPHS]
    return (
        len(before) == len(after) == CARD_SIDE_PARAGRAPHS
        and all(it.value > 0 for it in before)
        and all(it.value > 0 for it in after)
    )


def _mark_cards(items: list[Item]) -> None:
    """Mark the gaps between prose blocks that hold a teaser card's parts,
    unless texts of several paragraphs stand on both sides (:func:`_between_texts`)."""
    n = len(items)
    i = 0
    while i < n:
        if items[i].value > 0:
            i += 1
            continue
        j = i
        while j < n and items[j].value <= 0:
            j += 1
        if 0 < i and j < n and j - i <= CARD_MAX_GAP:
            # distinct parts: an image's text and its caption repeating a
            # product's domain ("Frame.io sample - Frame.io" twice) are one;
            # pictures alone, not in a list, are an article's figures
            parts = {items[k].text: kind for k in range(i, j) if (kind := _card_part(items, k)) is not None}
            if (
                len(parts) >= CARD_MIN_PARTS
                and set(parts.values()) != {"picture"}
                and not _between_texts(items, i, j)
            ):
                for k in range(i, j):
                    items[k].card = True
        i = j


def in_date_list(items: list[Item], i: int, n: int) -> bool:
    """A dateline in a run of DATE_LIST_MIN of them is an entry of a list of
    dates (tour dates, an archive, a timeline), not an item's dateline."""
    a = i
    while a > 0 and items[a - 1].dateline and i - a < DATE_LIST_MIN:
        a -= 1
    b = i
    while b + 1 < n and items[b + 1].dateline and b - a + 1 < DATE_LIST_MIN:
        b += 1
    return b - a + 1 >= DATE_LIST_MIN


def _weigh_after_form(items: list[Item]) -> None:
    """Prose after the end of a comment form (rules with ``closes``: "[Post
    Comment]", "Notify me of follow-up comments") counts AFTER_FORM_WEIGHT
    when prose comes before the form: the page's sidebar and footer follow
    a form, while a short post stands before it."""
    before = 0.0
    for i, it in enumerate(items):
        hit = it.hit
        if hit is not None and hit.family.closes and before >= AFTER_FORM_MIN_PROSE:
            for later in items[i + 1 :]:
                if later.value > 0:
                    later.value *= AFTER_FORM_WEIGHT
            return
        if it.value > 0:
            before += it.value


def _weigh_code(items: list[Item], zones: list[bool]) -> None:
    """Lines of code with prose before them and prose after their first
    line, within CODE_REACH blocks, are a listing in the article (or
    several, with headings and explanations between): each line counts
    CODE_VALUE.  Code elsewhere -- a script or a template dumped into the
    text before or after the article, code in a comment -- counts 0."""
    code = [i for i, it in enumerate(items) if it.code and not zones[i]]
    if not code:
        return
    prose, n = _prose_counts(items), len(items)
    for run in _runs(code, CODE_RUN_GAP):
        a, b = run[0], run[-1]
        if prose[a] > prose[max(0, a - CODE_REACH)] and prose[min(n, b + 1 + CODE_REACH)] > prose[a + 1]:
            for i in run:
                if items[i].value == 0.0:
                    items[i].value = CODE_VALUE


def _prose_counts(items: list[Item]) -> list[int]:
    """Prefix sums: how many blocks of valued prose come before each index."""
    prose = [0]
    for it in items:
        prose.append(prose[-1] + (it.value > 0 and it.prose in (Prose.GOOD, Prose.NEAR)))
    return prose


def _runs(indices: list[int], gap: int) -> list[list[int]]:
    """Sorted indices grouped into runs whose neighbours are at most ``gap`` apart."""
    runs: list[list[int]] = [[indices[0]]]
    for i in indices[1:]:
        if i - runs[-1][-1] <= gap:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


#: A line of a recipe's or a kit's list: a quantity (COUNT) first, most
#: with a unit after it (QUANTITY: "200 g Zucker", "1/2 cup milk",
#: "2 łyżki masła", "1 Prise Salz"; "1 Ei" has none).
COUNT = regex.compile(r"\W{0,3}+(?:\d++(?:[.,/]\d++)?+(?:\s*+[-–]\s*+\d++(?:[.,/]\d++)?+)?+|[½¼¾⅓⅔⅛])\s*+(?=\p{L})")
QUANTITY = regex.compile(
    r"(?i)(?:g|kg|mg|dag|ml|l|dl|cl|el|tl|eßl|teel|cups?|c|tbsps?|tsps?|tablespoons?|teaspoons?|oz|ounces?|lbs?"
    r"|pounds?|pinch(?:es)?|cloves?|slices?|cans?|prise|pck|päckchen|pkt|stück|stk|bund|zehen?|scheiben?"
    r"|dosen?|becher|tassen?|msp|łyżk[aię]|łyżecz(?:ka|ki|ek)|szklank[aię]|szczypta|cs|cc|cuillères?"
    r"|cucharadas?|cucharaditas?|tazas?|pizca|cucchia(?:io|i|ino|ini)|bicchier[ei]|colher(?:es)?|xícaras?"
    r"|pitada|eetlepels?|theelepels?)\b\.?\s++\S"
)
#: A list of quantities (QUANTITY_MIN_LINES lines, at most QUANTITY_GAP
#: blocks apart) near the article's prose counts QUANTITY_VALUE a line.
QUANTITY_MIN_LINES, QUANTITY_GAP, QUANTITY_VALUE = 3, 2, 1.0
QUANTITY_MAX_WORDS = 20


def _weigh_quantities(items: list[Item], zones: list[bool]) -> None:
    """A recipe's ingredients or a kit's parts, a line each ("200 g
    Zucker", "1 Ei"), with QUANTITY_MIN_LINES lines that name a unit, within
    CODE_REACH blocks of the article's prose: each line counts
    QUANTITY_VALUE, however little prose it holds."""
    lines, units = [], set()
    for i, it in enumerate(items):
        if zones[i] or it.n_words > QUANTITY_MAX_WORDS or (it.hit is not None and it.hit.family.strong):
            continue
        m = COUNT.match(it.text)
        if m is None:
            continue
        lines.append(i)
        if QUANTITY.match(it.text, m.end()) is not None:
            units.add(i)
    if len(units) < QUANTITY_MIN_LINES:
        return
    prose, n = _prose_counts(items), len(items)
    for run in _runs(lines, QUANTITY_GAP):
        a, b = run[0], run[-1]
        if sum(i in units for i in run) < QUANTITY_MIN_LINES:
            continue
        if prose[a] > prose[max(0, a - CODE_REACH)] or prose[min(n, b + 1 + CODE_REACH)] > prose[b + 1]:
            for i in run:
                items[i].value = max(items[i].value, QUANTITY_VALUE)


def _weigh_isolated(items: list[Item]) -> None:
    """Prose with no prose on either side counts ISOLATED_WEIGHT (a teaser's
    summary, an FAQ answer).  An ad marker between paragraphs
    ("Advertisement") is looked past: the article goes on after it."""
    pos = [it.value > 0 for it in items]
    for i, it in enumerate(items):
        if pos[i] and not _prose_beside(items, pos, i, -1) and not _prose_beside(items, pos, i, +1):
            it.value *= ISOLATED_WEIGHT


#: Words of an ad marker that the isolation test looks past.
MARKER_MAX_WORDS = 4


def _prose_beside(items: list[Item], pos: list[bool], i: int, step: int) -> bool:
    j = i + step
    while 0 <= j < len(items):
        if pos[j]:
            return True
        it = items[j]
        hit = it.hit
        if hit is None or hit.family.label is not Label.ADVERTISEMENT or it.n_words > MARKER_MAX_WORDS:
            return False
        j += step
    return False


def _mark_sections(items: list[Item], language: str = "en") -> None:
    """Blocks under a section header ("Trending now", "Tags:", "About the
    author") belong to its section, whatever their prose: a list of
    teasers is made of bulleted or headline-shaped items, a tag list of
    short ones, an author box of one paragraph.  A section ends at the first
    block that is not of its shape, or at another rule's block; a header of
    the same label takes over from there (its own walk would overwrite the
    rest, and walking on cost ``SECTION_REACH`` steps per line on a page of
    headers)."""
    n = len(items)
    vocab = Vocabulary(language)
    for i, it in enumerate(items):
        hit = it.hit
        if hit is None or not hit.family.opens or hit.family.label is Label.COMMENT:
            continue
        label = hit.family.label
        if label is Label.BYLINE and it.marker:
            continue  # "• About me" among a menu's items: a link to a page, not an author box's header
        inline = label is Label.TAGS and _inline_items(it.text)  # "Tags: Freeride, Skitour"
        members = marked = 0  # a list's items ("• Other story") are marked
        for j in range(i + 1, min(n, i + 1 + SECTION_REACH)):
            nxt = items[j]
            if nxt.hit is not None:
                if nxt.hit.family.label is not label or nxt.hit.family.opens:
                    break
                continue
            if inline and not tag_shaped(nxt):
                break  # the header holds its items: below, only more tags are its (not a headline, a dateline)
            if label is Label.BYLINE:
                nxt.section = hit
                if nxt.prose in (Prose.GOOD, Prose.NEAR):
                    break
                continue
            if nxt.prose in (Prose.GOOD, Prose.NEAR) and not nxt.marker:
                # after a list of two items or more, each marked, prose without
                # a mark is no more of the list: the box ended (the story's
                # paragraphs go on under it)
                listed = marked == members >= LIST_MEMBERS_MIN
                teasers = label is Label.RELATED and not listed
                run = _teaser_run(items, j, i + 1 + SECTION_REACH, vocab) if teasers else j
                if run <= j:
                    break
                for k in range(j, run):
                    items[k].section = hit
                break
            nxt.section = hit
            members += 1
            marked += bool(nxt.marker)


def _inline_items(text: str) -> bool:
    """A header line that lists its items after its colon ("Tags: Freeride,
    Skitour", "Schlagwörter: Klima · Energie")."""
    _, colon, rest = text.partition(":")
    return bool(colon) and any(c.isalnum() for c in rest)


#: A line of tags: few words, hardly any function words ("Freeride · Skitour";
#: "US" is a stopword in English).
TAG_LINE_MAX_WORDS, TAG_LINE_MAX_STOP = 10, 0.2


def tag_shaped(it: Item) -> bool:
    """A line shaped as tag links, no sentence punctuation, no date: more of
    a tag list's items under its header, or (of enough words) a row of tags
    under a headline (:mod:`newsclean.head`)."""
    return it.n_words <= TAG_LINE_MAX_WORDS and it.stop_ratio <= TAG_LINE_MAX_STOP and not it.dateline and not it.ends


#: Under a section header, a run of at least TEASER_MIN paragraphs of at
#: most TEASER_MAX_WORDS words, each of its own story (no content word of
#: one found in another), is the section's list of teasers, not the
#: article: an article's paragraphs share their names and nouns.
TEASER_MIN, TEASER_MAX_WORDS = 3, 60


def _teaser_run(items: list[Item], j: int, stop: int, vocab: Vocabulary) -> int:
    """The end (exclusive) of the run of teasers starting at ``j``, or
    ``j`` when the prose there is no list of teasers (see TEASER_MIN).  Short
    lines between the paragraphs (a date, "Read more") belong to the run."""
    seen: set[str] = set()
    paragraphs = 0
    k, end = j, j
    while k < min(stop, len(items)):
        it = items[k]
        if it.hit is not None and it.hit.family.opens:
            break
        if it.prose in (Prose.GOOD, Prose.NEAR):
            if it.marker or it.n_words > TEASER_MAX_WORDS:
                break
            words = vocab.content_of(it.words)
            if not words or words & seen:
                break
            seen |= words
            paragraphs += 1
            end = k + 1
        elif it.prose is Prose.BAD and it.hit is None:
            break
        k += 1
    return end if paragraphs >= TEASER_MIN else j


def find_region(items: list[Item], th: Thresholds, language: str = "en") -> tuple[int, int, list[bool]]:
    """Value every block; return the article span (start, end inclusive;
    end < start when there is none) and which blocks are comment sections.

    Prose in a comment section counts a tenth; a span made mostly of
    comments is taken only when no span outside them holds any prose.  The
    span is then followed across interruptions to prose that goes on with
    its story (:func:`bridge_interruptions`).
    """
    zones = comment_zones(items)
    _mark_sections(items, language)
    n = len(items)
    for i, (it, z) in enumerate(zip(items, zones)):
        if it.section is not None:
            v = -max(SHORT_COST, SECTION_MEMBER_WEIGHT * it.n_words)
        elif it.dateline and not in_date_list(items, i, n):
            v = -DATELINE_COST
        elif it.code:
            v = 0.0  # see _weigh_code
        else:
            v = value_of(it, th)
        it.value = v * COMMENT_ZONE_WEIGHT if z and v > 0 else v
    _weigh_code(items, zones)
    _weigh_quantities(items, zones)
    _weigh_after_form(items)
    _weigh_isolated(items)
    _mark_cards(items)
    walls = [it.card or (it.hit is not None and it.hit.family.ends) for it in items]
    s, e = best_span([WALL if w else it.value for it, w in zip(items, walls)])
    if e >= s and any(zones[s : e + 1]):
        in_zone = sum(it.value for it, z in zip(items[s : e + 1], zones[s : e + 1]) if z and it.value > 0)
        total = sum(it.value for it in items[s : e + 1] if it.value > 0)
        if in_zone * 2 > total:
            s2, e2 = best_span([WALL if w or z else it.value for it, w, z in zip(items, walls, zones)])
            if e2 >= s2:
                s, e = s2, e2
    if e >= s:
        s, e = bridge_interruptions(items, s, e, zones, language)
    if e >= s and not _headed(items, s, e, walls):
        s, e = _headed_rival(items, s, e, walls, zones, language)
    return s, e, zones


#: An article's head: a dated line or a byline within HEAD_GAP blocks above
#: the span (or below it: a post's signature) or among its first HEAD_INSIDE
#: (a photo post's pictures, each a line of its own, may stand between).
HEAD_GAP, HEAD_INSIDE = 6, 3
#: A headline above an article's dated line or byline: at most this many blocks above.
HEADLINE_GAP = 3
_HEAD_FAMILIES = frozenset({"byline.author", "byline.time", "byline.postmeta"})
#: The next-best spans weighed against a best span without a head, and the
#: share of its positive value (its blocks' that add) one with a head needs
#: to be taken instead.
RIVAL_SPANS, RIVAL_SHARE = 3, 0.45
#: What a rival is worth at least: a paragraph or two of prose (between two
#: fragments of a few words, the head alone does not tell the article).
RIVAL_MIN_VALUE = 10.0


def _head_line(items: list[Item], i: int) -> bool:
    """A dated line (not one of a list of dates: an archive's months) or a byline."""
    it = items[i]
    if it.hit is not None and it.hit.family.name in _HEAD_FAMILIES:
        return True
    return it.dateline and not in_date_list(items, i, len(items))


def _headed(items: list[Item], s: int, e: int, walls: list[bool]) -> bool:
    """Whether the span ``s..e`` has an article's head: a dated line or a
    byline just above it (no wall between) or among its first blocks -- or
    its signature just below it ("Posted by Jane Doe on July 15, 2012 |
    Permalink" closes a blog's post)."""
    for i in range(s - 1, max(-1, s - 1 - HEAD_GAP), -1):
        if walls[i]:
            break
        if _head_line(items, i):
            return True
    for i in range(e + 1, min(len(items), e + 1 + HEAD_GAP)):
        if walls[i]:
            break
        if _head_line(items, i):
            return True
    return any(_head_line(items, i) for i in range(s, min(e + 1, s + HEAD_INSIDE)))


def _signed(items: list[Item], s: int, e: int, walls: list[bool]) -> int | None:
    """The headline of the article's whole head the span ``s..e`` opens
    under, else None: a headline, then within HEADLINE_GAP blocks a dated
    line or a byline, then within HEAD_GAP blocks (no wall between) the span
    -- or that dated line among the span's first blocks."""
    lines = [i for i in range(max(0, s - HEAD_GAP), min(e + 1, s + HEAD_INSIDE)) if _head_line(items, i)]
    for j in lines:
        if any(walls[j:s]):
            continue
        for k in range(j - 1, max(0, j - HEADLINE_GAP) - 1, -1):
            if items[k].headline and not walls[k]:
                return k
        # a blog's date header, then the post's headline
        if items[j].dateline:
            for k in range(j + 1, min(e + 1, j + 1 + HEADLINE_GAP)):
                if items[k].headline and not walls[k]:
                    return k
    return None


#: A headed rival worth less than RIVAL_MIN_VALUE is still the article when
#: its prose goes on with its headline: this many of the headline's content
#: words (compared by their stems, :func:`newsclean.cohesion.stems`) are the
#: prose's too.
HEADLINE_SHARED = 2


def _tells_headline(items: list[Item], h: int, s: int, e: int, language: str) -> bool:
    """Whether the prose of ``items[s..e]`` uses HEADLINE_SHARED of the
    content words of its headline ``items[h]`` ("More Nikkor 70-200mm f/4G
    sample images" / "In addition to the first set of sample images from
    the new Nikkor 70-200mm ..."): a post's own paragraph, however short,
    not a profile box or a footer's notice that happens to stand near it."""
    vocab = Vocabulary(language)
    head = stems(vocab.content_of(items[h].words))
    prose = stems(w for it in items[s : e + 1] if it.value > 0 and it is not items[h] for w in vocab.content_of(it.words))
    return len(head & prose) >= HEADLINE_SHARED


def _parted(items: list[Item], a: int, b: int, walls: list[bool]) -> bool:
    """Whether blocks ``a`` and ``b`` are parted by more than an
    interruption (see :func:`bridge_interruptions`): more than
    INTERRUPTION_MAX_BLOCKS blocks, a paragraph, a wall (a footer, a card)
    or a section's header ("Related posts")."""
    if b - a - 1 > INTERRUPTION_MAX_BLOCKS:
        return True
    return any(
        walls[k]
        or items[k].n_words > INTERRUPTION_MAX_WORDS
        or (items[k].hit is not None and items[k].hit.family.opens)
        for k in range(a + 1, b)
    )


def _headed_rival(
    items: list[Item], s: int, e: int, walls: list[bool], zones: list[bool], language: str
) -> tuple[int, int]:
    """A span under an article's whole head (:func:`_signed`), worth
    RIVAL_SHARE of the best span's value at least, instead of the best one,
    which has no head at all.

    A post of a few paragraphs under its headline and dateline can be worth
    less than a profile box, a form's instructions or a terms-of-use notice
    of one long paragraph; the head is what tells the article.  Spans in a
    comment section or a section of teasers are no rivals, nor spans below
    the best one (teasers and comments follow the article).  When only an
    interruption (a picture and its caption, a share bar) parts the two
    spans, they are one article: its head above and its long paragraph
    below.
    """
    best = sum(it.value for it in items[s : e + 1] if it.value > 0)
    values = [WALL if w or z or it.section is not None else it.value for it, w, z in zip(items, walls, zones)]
    for k in range(s, e + 1):
        values[k] = WALL
    for _ in range(RIVAL_SPANS):
        s2, e2 = best_span(values)
        if e2 < s2:
            break
        value = sum(values[s2 : e2 + 1])
        if value < RIVAL_SHARE * best:
            break
        h = _signed(items, s2, e2, walls) if e2 < s else None
        if h is not None and (value >= RIVAL_MIN_VALUE or _tells_headline(items, h, s2, e2, language)):
            if not _parted(items, e2, s, walls):
                e2 = e  # nothing parts the two: one article, its head above, a long paragraph below
            return bridge_interruptions(items, s2, e2, zones, language)
        for k in range(s2, e2 + 1):
            values[k] = WALL
    return s, e


#: An interruption the article is followed across: at most this many
#: blocks, none of them a paragraph of more than this many words (a player's
#: countdown, an ad slot's label, a credit, a share bar, a box of links).
INTERRUPTION_MAX_BLOCKS, INTERRUPTION_MAX_WORDS = 10, 30
#: The prose after it goes on with the story when it is a paragraph of
#: prose of CONTINUATION_MIN_WORDS words at least, COHESION_MIN_SHARED
#: of whose content words the article has used, a share of them at least
#: COHESION_MIN_SHARE and COHESION_FACTOR times what the page's other blocks
#: share with the article by chance.
CONTINUATION_MIN_WORDS = 12
COHESION_MIN_SHARED, COHESION_MIN_SHARE, COHESION_FACTOR = 3, 0.2, 2.0
#: Content words a block needs to count in the chance level.
CHANCE_MIN_WORDS = 4


def bridge_interruptions(items: list[Item], s: int, e: int, zones: list[bool], language: str) -> tuple[int, int]:
    """Follow the article across interruptions, both ways.

    The span of the largest value stops where a few short blocks that are
    no prose cost more than the paragraphs beyond them bring; those
    paragraphs are the article's when they go on with its story, by lexical
    cohesion (:mod:`newsclean.cohesion`): they use the article's content
    words, many more of them than the page's menus, footers and teasers do.
    The interrupting blocks keep their own labels.  A footer (rules with
    ``ends``), a comment section and a section's members (under "Related
    posts") are never crossed; a teaser card's gap is, when cohesive prose
    lies beyond it."""
    core = [it for it in items[s : e + 1] if it.value > 0 and it.prose in (Prose.GOOD, Prose.NEAR)]
    if not core:
        return s, e
    vocab = Vocabulary(language, core)
    title = next((i for i in range(s - 1, -1, -1) if items[i].headline), -1)
    found = total = 0
    for i, it in enumerate(items):
        if it.n_words < CHANCE_MIN_WORDS or s <= i <= e or i == title:
            continue  # too few words to count (its content words are fewer still); the article and its headline
        if it.prose is Prose.GOOD or it.prose is Prose.NEAR and it.n_words >= CONTINUATION_MIN_WORDS:
            continue  # the chance level: what the blocks that could not continue the article share with it
        f, t = vocab.shared_of(vocab.content_of(it.words))
        if t >= CHANCE_MIN_WORDS:
            found, total = found + f, total + t
    need = max(COHESION_MIN_SHARE, COHESION_FACTOR * found / total if total else 0.0)
    markers = any(it.marker for it in core)
    e = _follow_numbering(items, s, e, zones)
    s = _numbered_above(items, s, zones)
    e = _follow(items, e, +1, zones, vocab, need, markers)
    s = _follow(items, s, -1, zones, vocab, need, markers)
    return s, e


#: A numbered entry's heading ("7. MIT Sloan"): at most this many words.
NUMBERED_MAX_WORDS = 15
#: The next entry's heading is looked for this many blocks on.
NUMBERED_REACH = 40
#: A block of this many words is an entry's paragraph even when it does
#: not read as prose (no full stop, few function words: "LSB gathers
#: founders, investors, family companies, bankers, researchers exploring
#: supply chains, private equity ..."); a headline is shorter.
ENTRY_PARAGRAPH_WORDS = 20


def _number(it: Item) -> int | None:
    """The number of a numbered heading ("7. MIT Sloan", "7) ..."), else None."""
    m = it.marker
    if len(m) > 1 and m[-1] in ".)" and m[:-1].isdigit() and it.n_words <= NUMBERED_MAX_WORDS:
        return int(m[:-1])
    return None


def _follow_numbering(items: list[Item], s: int, e: int, zones: list[bool]) -> int:
    """A listicle's entries ("1. Harvard ...", "2. Stanford ...") each hold
    a paragraph and rows of facts that cost more than the paragraph brings,
    so the span ends inside the list.  The article goes on while the
    numbering does: from the span's last numbered heading k, heading k+1
    within NUMBERED_REACH blocks, with prose of its own before the next
    heading, and so on; then to the last entry's last paragraph.  Never
    across a footer, a comment section or a card wall.  (A "Most read" list
    starts again at 1; its entries are headlines without prose.)"""
    n = len(items)
    i = next((j for j in range(e, s - 1, -1) if _number(items[j]) is not None), -1)
    if i < 0:
        return e
    k = _number(items[i])
    last_prose, reach = e, NUMBERED_REACH
    while True:
        nxt, prose = -1, -1
        for t in range(i + 1, min(n, i + 1 + reach)):
            it = items[t]
            if _list_wall(it, zones[t]) and not (it.card and _numbered_card(items, t, (k, k + 1))):
                break
            if _number(it) == k + 1:
                nxt = t
                break
            if _entry_prose(it):
                prose = t
        if prose < 0:
            break  # an entry without prose: no entry of the article
        if nxt < 0:
            if reach < NUMBERED_REACH:  # the last entry, no longer than the longest before it
                last_prose = max(last_prose, prose)
            break
        last_prose = max(last_prose, prose)
        reach = min(NUMBERED_REACH, max(nxt - i, reach if reach < NUMBERED_REACH else 0))
        i, k = nxt, k + 1
    return last_prose


#: Entries a listicle above the span must show, numbered down to 1, to be
#: the article's.
NUMBERED_ABOVE_MIN = 3


def _numbered_card(items: list[Item], t: int, numbers: tuple[int, ...]) -> bool:
    """Whether the card gap around ``items[t]`` holds a heading of the list
    numbered one of ``numbers`` (this entry's or the next): an entry's own
    rows of facts ("Registration: https://..." / "[Photo]" / "15. SREcon26"
    / "Date: 13-15 October 2026") have a teaser card's shape, but the
    numbering goes on through them."""
    a = t
    while a > 0 and items[a - 1].card:
        a -= 1
    b = t
    while b < len(items) and items[b].card:
        b += 1
    return any(_number(it) in numbers for it in items[a:b])


def _list_wall(it: Item, in_zone: bool) -> bool:
    """Where a numbered list is not followed: a comment section, a card
    wall, a footer."""
    return in_zone or it.card or (it.hit is not None and it.hit.family.ends)


def _entry_prose(it: Item) -> bool:
    """A numbered entry's paragraph (see :func:`_follow_numbering`)."""
    return (
        (it.prose in (Prose.GOOD, Prose.NEAR) or it.n_words >= ENTRY_PARAGRAPH_WORDS)
        and it.hit is None
        and it.section is None
        and _number(it) is None
    )


def _numbered_above(items: list[Item], s: int, zones: list[bool]) -> int:
    """The span's new start when a whole numbered list ends just above it: a
    listicle's entries ("1. Harvard ..." to "25. Rice ..."), each a heading,
    a paragraph and rows of facts that cost more than the paragraph brings,
    followed by the article's closing sections, which won the span alone.
    From the last numbered heading within NUMBERED_REACH blocks above the
    span, heading k-1 is looked for above heading k, each entry with prose
    of its own, down to heading 1; the list, at least NUMBERED_ABOVE_MIN
    entries, then starts the span.  Never across a footer, a comment section
    or a card wall.  (A "Most read" list's entries are headlines without
    prose.)"""
    last = -1
    for t in range(s - 1, max(-1, s - 1 - NUMBERED_REACH), -1):
        it = items[t]
        if _list_wall(it, zones[t]):
            return s
        if _number(it) is not None:
            last = t
            break
    if last < 0 or not any(_entry_prose(items[t]) for t in range(last + 1, s)):
        return s  # no list above, or its last entry holds no prose of its own
    k, i, entries = _number(items[last]), last, 1
    while k > 1:
        prev = -1
        for t in range(i - 1, max(-1, i - 1 - NUMBERED_REACH), -1):
            it = items[t]
            if _list_wall(it, zones[t]):
                return s
            if _number(it) == k - 1:
                prev = t
                break
        if prev < 0 or not any(_entry_prose(items[t]) for t in range(prev + 1, i)):
            return s
        i, k, entries = prev, k - 1, entries + 1
    return i if entries >= NUMBERED_ABOVE_MIN else s


def _follow(
    items: list[Item], edge: int, step: int, zones: list[bool], vocab: Vocabulary, need: float, markers: bool
) -> int:
    """The span's new edge after following it from ``edge`` in ``step``'s
    direction; ``markers``: whether the article's paragraphs have list markers."""
    n = len(items)
    j, gap = edge + step, 0
    while 0 <= j < n and not zones[j]:
        it = items[j]
        hit = it.hit
        if hit is not None and (hit.family.ends or hit.family.label is Label.BYLINE) or (it.dateline and find_date(it.text)):
            break  # a footer; a dated line or a byline: an item's head, the article's own or the next one's
            # (a time alone -- a player's "00:45 / 02:10", a live blog's "10:32" -- starts no item)
        if it.section is not None and it.prose is Prose.GOOD or step < 0 and it.headline:
            break  # a section's prose; above the span, a headline: the article's own, or another item's
        if it.prose in (Prose.GOOD, Prose.NEAR) and it.hit is None and it.n_words >= CONTINUATION_MIN_WORDS:
            if it.marker and not markers:
                break  # a bulleted summary where the article's paragraphs have no bullets: a list of teasers
            # the run of paragraphs that starts here is weighed whole, as TextTiling weighs blocks
            # of sentences: three short paragraphs of the story share its words, one alone may not
            run = _prose_run(items, j, step, zones)
            shared, words = vocab.shared_blocks(items[k] for k in run)
            if shared < COHESION_MIN_SHARED or shared < need * words:
                break
            edge, gap = run[-1], 0
            j = run[-1]
        else:
            gap += 1
            if gap > INTERRUPTION_MAX_BLOCKS or it.n_words > INTERRUPTION_MAX_WORDS:
                break
        j += step
    return edge


def _prose_run(items: list[Item], j: int, step: int, zones: list[bool]) -> list[int]:
    """The blocks of prose in a row from ``j`` in ``step``'s direction that
    no rule claims and no section holds, outside comment sections."""
    run = [j]
    k = j + step
    while 0 <= k < len(items) and not zones[k]:
        it = items[k]
        if it.prose not in (Prose.GOOD, Prose.NEAR) or it.hit is not None or it.section is not None or it.marker:
            break
        run.append(k)
        k += step
    return run
