"""People's names and bylines in a line of text.

What a byline, an author box or a row of an article's facts under its
headline looks like, and the names read from them: a person's name by its
shape (capitalised words, with the particles of surnames: "van", "de",
"bin"), several names split at "and" or a comma, a role, an outlet or a
glued "Published" after a name cut off.  A fact of a block, read by the
stages that label bylines (:mod:`newsclean.bio`, :mod:`newsclean.head`)
and by :mod:`newsclean.metadata`, which reads the authors.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import pairwise

import regex

from .classify import FILE_NAMES, LYNX_BUTTON, without_buttons, without_comment_link
from .datafiles import read_toml
from .dates import find_date, find_time, glued_month
from .item import Item
from .text import BYLINE_START, PICTURE_MARK

_BY = BYLINE_START


#: "by" after a dateline's date, at most BY_AFTER_DATE_CHARS after it.
BY_AFTER = regex.compile(r"(?i:\b(?:by|von|par|por|door|przez))\s+(?=\p{Lu})")


#: A byline's first word alone on its line ("by", "Written by", "Author:"),
#: or a lead that names the text's genre before its "by" (group ``genre``:
#: "Ein Kommentar von", "Une tribune de", "Una columna por").
_BY_ALONE = regex.compile(
    r"(?i)^(?:[•·□☆*-]\s*)?(?:(?:(?:written|posted|article|post|words|story|text|reported)\s+)?by|authors?|autor(?:in)?"
    r"|von|par|por|(?P<genre>"
    r"(?:eine?\s+)?(?:artikel|beitrag|gastbeitrag|kommentar|kolumne|bericht|interview|analyse|essay|reportage)\s+von"
    r"|(?:une?\s+)?(?:article|tribune|chronique|analyse|reportage)\s+par|(?:une?\s+)?(?:tribune|chronique)\s+de"
    r"|(?:una?\s+)?(?:artículo|columna|crónica|análisis|reportaje)\s+por))\s*:?$"
)


#: How every line :data:`_BY_ALONE` matches ends (before a colon).
_BY_ENDS = ("by", "author", "authors", "autor", "autorin", "von", "par", "por", " de")


@lru_cache(maxsize=2)
def date_words(kind: str) -> regex.Pattern[str]:
    """The words that say which date a line gives (data/dates.toml): kind
    "published" or "updated", every language's."""
    words = sorted({w for lang in read_toml("dates.toml").values() for w in lang.get(kind, [])}, key=len, reverse=True)
    return regex.compile(r"(?i)\b(?:" + "|".join(regex.escape(w) for w in words) + r")\b")


@lru_cache(maxsize=1)
def page_changed() -> regex.Pattern[str]:
    """The line a site prints under every page to say when the page itself
    last changed ("This page was last edited on ...", "Diese Seite wurde
    zuletzt am ... geändert"; data/dates.toml ``page_changed``), every
    language's."""
    found = [p for lang in read_toml("dates.toml").values() for p in lang.get("page_changed", [])]
    return regex.compile(r"(?i)(?<!\w)(?:" + "|".join(f"(?:{p})" for p in found) + r")(?!\w)")


#: Nouns of people's jobs in bylines and author cards (one list for the
#: role after a name's comma and the job title under a name).
ROLE_NOUNS = (
    r"experts?|writers?|editors?|reporters?|correspondents?|columnists?|contributors?|journalists?"
    r"|specialists?|analysts?|strategists?|consultants?|(?:co-?)?founders?|directors?|managers?|officers?"
    r"|presidents?|executives?"
)


#: Words that end a name in a byline: roles, titles, outlets' prefaces.
_ROLE = regex.compile(
    r"(?i)\b(?:staff|senior|chief|deputy|associate|contributing|special|political|foreign|business|"
    r"writers?|reporters?|editors?|correspondents?|columnists?|contributors?|journalists?|"
    r"photographers?|producers?|analysts?|director|head of|co-?founder|founder|ceo|coo|cto|cfo|cmo|editor-in-chief|"
    r"executive|"
    r"representatives?|managers?|officers?|specialists?|experts?|strategists?|consultants?|coordinators?|"
    r"president|vice|marketers?|candidate|"
    r"follow|email|e-mail|twitter|last\s+(?:updated|modified)|updated|published|posted|at|on|for|in)\b.*$"
)


_NAME_SPLIT = regex.compile(
    r"(?<!\s)\s*+(?:,(?:\s*+(?:and|und|et|y|и|і)\b)?|;|\band\b|&|\bund\b|\bet\b|\by\b|\bи\b|\bі\b)\s*+"
)


#: A person's name: capitalised words, with the particles of surnames.
NAME = regex.compile(r"^[\p{Lu}][\p{L}.'’\-]*(?:\s+(?:[\p{Lu}][\p{L}.'’\-]*|de|da|van|von|der|la|le|del|di|bin|al|el)){0,4}$")


GLUED_CAPS = regex.compile(r"\p{Ll}\p{Lu}")


def meta_row(it: Item) -> bool:
    """A row of an article's facts under its headline, with its date: "by
    Jane Doe | Mar 11, 2023 | Brakes", "December 15, 2025 · 30 min · Jane
    Doe", "Jane Doe•Updated on Jul 4, 2024 •28 min read"."""
    if it.n_words > META_ROW_MAX_WORDS or find_date(it.text) is None:
        return False
    return _ROW_SEPARATOR.search(it.text) is not None or BY_AFTER.search(it.text) is not None or (
        date_words("updated").search(it.text) is not None or date_words("published").search(it.text) is not None
    )


#: Words of a row of facts under the headline.
META_ROW_MAX_WORDS = 30


_ROW_SEPARATOR = regex.compile(r"\s[|·•⋅/]\s|[•⋅]")


def split_bylines(head: list[Item]) -> Iterable[str]:
    """A byline printed on two lines: "by" over "• Taya Iv"."""
    for _, line in split_byline_pairs(head):
        yield line


def split_byline_pairs(items: list[Item]) -> Iterable[tuple[int, str]]:
    """Bylines printed on two lines ("by" over "• Taya Iv", "Article by"
    over "Jane Doe"), each with the index in ``items`` of its first line."""
    # "Author" / [photo] / "Jane Doe" (a picture's name starts with "[": the cheap test first)
    lines = [(i, it) for i, it in enumerate(items) if it.text[:1] != "[" or not FILE_NAMES.match(it.text)]
    for (i, a), (_, b) in pairwise(lines):
        name = b.text.lstrip("•·□☆*- ")
        if (
            a.n_words <= 3
            and b.n_words <= 4
            and name[:1].isupper()
            and a.text.rstrip(" :").casefold().endswith(_BY_ENDS)  # the cheap test before the pattern
            and (m := _BY_ALONE.match(a.text))
        ):
            # a genre's word and its "von" say "by" ("Ein Kommentar von"); an
            # English lead keeps its verb ("Posted by"), which lets one word name
            yield i, ("By " if m.group("genre") else a.text.strip() + " ") + name


@lru_cache(maxsize=1)
def newsroom_words() -> frozenset[str]:
    """One word an outlet's newsroom signs with ("Redaktion", "Newsdesk"),
    in every shipped language (data/names.toml)."""
    return frozenset(w for words in read_toml("names.toml")["newsroom"].values() for w in words)


@lru_cache(maxsize=1)
def site_words() -> frozenset[str]:
    """Words of menus, sections and buttons, in every shipped language."""
    return frozenset(w for words in read_toml("names.toml")["site"].values() for w in words)


#: A word a page glues to the name before it: "Jane DoePublished".
_GLUED_AFTER_NAME = regex.compile(
    r"(?<=\p{Ll})(?:Published|Updated|Posted|Reviewed|Fact[- ]?checked|Edited|Last\s+updated|Veröffentlicht|Aktualisiert"
    r"|(?:Senior\s+|Staff\s+|Contributing\s+)?(?:Writer|Reporter|Editor|Correspondent|Contributor|Columnist)s?\b"
    r"|In(?=\s+\p{Lu}))\b.*$",
    regex.S,
)


def name_text(text: str) -> str:
    """A name as a page prints it, without a glued "Published..." after it,
    and said once when a page repeats it ("Jane Doe Jane Doe", or glued:
    "Jane DoeJane DoeJane Doe", its picture's text, title and link)."""
    text = _GLUED_AFTER_NAME.sub("", text.strip()).strip()
    for copies in (3, 2):
        size, rest = divmod(len(text), copies)
        if not rest and size > 3 and text == text[:size] * copies:
            return text[:size].strip()
    words = text.split()
    for copies in (3, 2):  # "Jane Doe Jane Doe Jane Doe": lynx's picture, title and link
        size, rest = divmod(len(words), copies)
        if size and not rest and words == words[:size] * copies:
            return " ".join(words[:size])
    return text


#: A name, its picture's text and the name again: "Jane Doe Headshot Jane Doe".
_PICTURED_NAME = regex.compile(
    r"\b((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}?\p{Lu}[\p{L}'’.-]*)\s+"
    r"(?i:headshot|avatar|photo|picture|image|profile\s+(?:image|picture|photo))\s+\1\b"
)


#: A numeric date glued to the name before it: "Jane Doe13.12.2022".
_GLUED_DATE = regex.compile(r"(?<=\p{Ll})(?=\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b)")


#: The next field of a row of post facts after the byline's name: a
#: capitalised word and a colon ("Kategorien:", "Category:", "Updated:"),
#: after two words at least ("Jane Doe: the story" is no field).
_FIELD_AFTER_NAME = regex.compile(r"(?<=\S\s+\S*\p{L})\s+\p{Lu}\p{L}+(?:\s+\p{Ll}+)?:(?=\s|$).*$", regex.S)


#: A name's role after a comma, in a few words: ", Home Security Expert".
_ROLE_CLAUSE = regex.compile(
    rf",\s*(?:[\p{{L}}.&'’-]+\s+){{0,5}}?(?i:{ROLE_NOUNS})\b"
    r"(?:\s+(?i:of|for|at|in)(?:\s+\p{Lu}[\p{L}&'’-]*+){1,3})?"  # "Director of Operations"
    r"(?:\s*(?:&|and|/)\s*(?i:ceo|coo|cto|cfo|cmo|president|owner|director))?"
    # a comma after the role: the employer follows ("..., Sr. Director, Acme Van Lines")
    r"(?:\s*+,(?!\s*+(?i:and|&|und|et|y|e)\b)[^,]*+$)?"
)


#: What separates a byline's name from the outlet, section, role or date
#: after it (a hyphen between blanks as a dash: "Jane Doe - Product marketer").
_BYLINE_PARTS = regex.compile(r"(?<!\s)\s*+[|•·—–]\s*+|(?<!\s)\s++[/-]\s++")


#: An e-mail address or a social handle after a byline's name.
HANDLE = regex.compile(r"[^\s@]*+@\S++")
#: A social handle printed after a name in a row of facts ("Jane Doe
#: @janedoe • Jan 26, 2026"); not an embedded post's signature, whose
#: handle stands in brackets ("Detroit Lions (@DetroitLionsNFL) November 4, 2012").
HANDLE_AFTER_NAME = regex.compile(r"(?<=\S)\s+@[\w.-]{2,40}\b")


#: A picture's file name printed in a byline: "By Jane Doe [jane-headshot]".
PICTURE_NAME = regex.compile(PICTURE_MARK)


#: The words that introduce a byline's date after the name: "Jane Doe am
#: 29. Mai", "Jane Doe on May 29", "Jean Dupont le 29 mai", "Jane Doe
#: Veröffentlicht am 1. Mai", "Jane Doe, updated".
BEFORE_DATE = regex.compile(
    r"(?i)(?<![\s,–—-])(?:[\s,–—-]++(?:zuletzt|veröffentlicht|erstellt|aktualisiert|geändert|published|updated|"
    r"posted|last\s+updated|publié|mis\s+à\s+jour|publicado|actualizado|pubblicato|aggiornato))*+"
    r"[\s,]*+(?:(?<=[\s,])(?:am|on|at|le|el|il|em|op|vom|dnia)[\s,]*+)?+$"
)


def split_names(line: str) -> list[str]:
    """Person names from a byline: "By Jane Doe and John Roe, Staff Writers"."""
    if LYNX_BUTTON in line:
        line = without_buttons(line)  # "By (BUTTON) Jane Doe": lynx's mark for the name's link
    line = without_comment_link(line)  # "By Jane Doe 4 Comments", "By Jane Doe Leave a Comment"
    text = _ROLE_CLAUSE.sub("", _PICTURED_NAME.sub(r"\1", PICTURE_NAME.sub(" ", line).strip()))
    text = _GLUED_AFTER_NAME.sub("", _BY.sub("", _GLUED_DATE.sub(" ", glued_month().sub(" ", text))))
    text = _FIELD_AFTER_NAME.sub("", text)  # "Von Jane Doe Kategorien: Mode", "By Jane Doe Filed under: Politics"
    text = _BYLINE_PARTS.split(text)[0]  # "X | Outlet", "X / 6. November 2023"
    d = find_date(text) or find_time(text)
    if d is not None:
        text = BEFORE_DATE.sub("", text[: d.start()])  # "von Jane Doe am 29. Mai"
    text = HANDLE.sub("", text)  # "jane@example.com", "@janedoe"
    names: list[str] = []
    for part in _NAME_SPLIT.split(text):
        if names and credential(part):  # "Jane Doe, MS, RD": the name's letters
            names[-1] += ", " + part.strip(" :()")
            continue
        collective = _COLLECTIVE.match(part.strip(" .-–—:()"))
        if collective is not None:  # "The Currency editors", "Resy Staff": the byline names the group
            group = collective.group("name")
            if NAME.match(group) and not glued_links(group):
                names.append(collective.group().strip())
            continue
        # "Jane Doe/dpa", "Jane Doe (AFP)": the agency or outlet credited with the name
        part = _AGENCY_AFTER.sub("", part)
        part = _without_buttons(name_text(_ROLE.sub("", part).strip(" .-–—:()")))
        if part and NAME.match(part) and len(part) <= 60 and not glued_links(part) \
                and not any(len(GLUED_CAPS.findall(w)) >= 2 for w in part.split()):
            # ("ArchivesWebsiteTwitter", "TurboTaxLisa": not "McDonald")
            if names and " " not in part and " " in names[-1].split(",")[0]:
                # "By Jane Doe, Dietitian", "By Jane Doe, Reuters": one word after
                # a whole name is its role or outlet, no second author: kept with it
                names[-1] += ", " + part
            else:
                names.append(part)
    return names


@lru_cache(maxsize=1)
def _credentials() -> frozenset[str]:
    """Degrees, licences and fellowships printed after a name (data/names.toml)."""
    return frozenset(read_toml("names.toml")["credentials"]["words"])


def credential(part: str) -> bool:
    """Whether a byline's part after a comma is the credentials of the name
    before it ("MS", "M.D.", "Ph.D.", "CFP®", "M.D. FACLM"): each word
    written with a capital, and listed once its dots and trademark signs
    are taken out."""
    words = part.strip(" .:()").split()
    return bool(words) and all(_credential_word(w.replace(".", "").rstrip("®™*,")) for w in words)  # "M.D. FACLM"


def _credential_word(w: str) -> bool:
    """A listed credential in capitals ("MD", "DO", not "Do"), or one of
    the few written in small letters too ("PhD", "PharmD", "Jr")."""
    low = w.casefold()
    if low not in _credentials():
        return False
    return sum(c.isupper() for c in w) >= min(2, len(w)) or (w[:1].isupper() and low in _MIXED_CASE_CREDENTIALS)


_MIXED_CASE_CREDENTIALS = frozenset({"phd", "pharmd", "psyd", "edd", "msc", "bsc", "med", "jr", "sr", "esq"})


#: An agency or outlet credited after a name, glued by a slash or in
#: brackets, one word: "Jane Doe/dpa", "Peter Maahn/SP-X", "Jane Doe
#: (AFP)".  (Two names joined by a slash stay: "Jane Doe/John Roe".)
_AGENCY_AFTER = regex.compile(r"(?<=\p{L})(?:\s*/\s*+[\p{L}\d][\p{L}\d.&-]*|\s+\(\s*[\p{L}\d][\p{L}\d.&/-]*\s*\))\s*$")


#: A byline naming a group that writes: an outlet's or a company's name and
#: one word for its staff ("The Currency editors", "Resy Staff", "EDB Team",
#: "TOI Lifestyle Desk"), nothing after it.
_COLLECTIVE = regex.compile(
    r"^(?P<name>\p{Lu}[\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*){0,3})\s+(?i:staff|editors|team|desk|newsroom)$"
)


#: Link texts glued at a seam ("ChecklistsJust", "ArchivesWebsite"): a
#: capitalised word of four letters and more, then a capital.  A name's
#: prefix is shorter ("McDonald", "MacKenzie", "DeShawn", "LaToya"); one
#: seam may be a brand's ("HomeAdvisor"), two are links run together.
_LINK_SEAM = regex.compile(r"\p{Lu}\p{Ll}{3,}(?=\p{Lu})")


#: A web address's end in a word ("Bold.org", "Example.com").
_DOMAIN = regex.compile(r"\p{L}\.(?:com|org|net|co|io|de|fr|es|it|ru|uk|info|news)\b", regex.I)


def glued_links(name: str) -> bool:
    """Link texts run together ("Wedding ChecklistsJust EngagedWedding
    Planning", "LoginJoin Bold.org"), not a person's name."""
    return len(_LINK_SEAM.findall(name)) >= 2 or _DOMAIN.search(name) is not None


def _without_buttons(name: str) -> str:
    """A name without the menu or button words a page prints after it in
    the same line ("A. J. Neal View", "Jane Doe Follow"), while two words
    are left; the site's words are listed in data/names.toml."""
    words = name.split()
    site = site_words()
    while len(words) > 2 and words[-1].casefold().strip(".,:;") in site:
        words.pop()
    return " ".join(words)


#: A blog's byline that names its author by one word, a handle or a first
#: name: "by whova | Apr 21, 2025", "Posted on July 1, 2024 by infuy",
#: "von freeman1984 · in Allgemein", "12/04/2020 by Kay 24 Comments",
#: "Verfasst von: jdoe | 31. Dezember 2008", "Autor: acme.pl".  The word
#: right after the byline's "by" (a colon may follow it) or after an
#: author's label and its colon, alone up to the line's end, a separator or
#: a number -- whole: "Jane von Doe20. Mai 2020" (a date glued to a name) has none.
_HANDLE_AFTER_BY = regex.compile(
    r"(?i:(?<!\w)(?:(?:by|von|par|por|door|przez)(?:\s*+:)?|(?:author|autor|auteur)(?:in|e|s)?\s*+:))"
    r"\s+([\p{L}\d][\p{L}\p{M}\d_.-]{1,29}+)(?=\s*+(?:$|[|•·⋅—–/,(]|\d))"
)


#: Letters of a handle at least ("by me", "by us": no author).
HANDLE_MIN_CHARS = 3


def byline_handle(text: str, refused: Callable[[str], bool]) -> str | None:
    """The handle a byline names its author by (see :data:`_HANDLE_AFTER_BY`),
    or ``None``; ``refused(word)`` says a word is no handle (a stopword, a
    word of the page's own prose, a site word)."""
    m = _HANDLE_AFTER_BY.search(text)
    if m is None:
        return None
    handle = m.group(1).rstrip(".-")
    if len(handle) < HANDLE_MIN_CHARS or not any(c.isalpha() for c in handle) or handle.casefold() in site_words():
        return None
    return None if refused(handle.casefold()) else handle
