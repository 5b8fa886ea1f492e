"""Stopword lists (jusText's, shipped with trafilatura) and the text's language.

jusText measures how much of a paragraph is made of a language's most
common words: prose is full of them, menus and headline lists are not.
Its stoplists cover about 100 languages; which one to use is decided once
per document: English when its stopwords are frequent enough in the longest
lines, otherwise py3langid (its model ships inside the package) on a sample.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from importlib import resources
from typing import Callable

from .datafiles import read_toml

logger = logging.getLogger(__name__)

#: ISO 639-1 code -> jusText stoplist name.
STOPLIST_NAMES = {
    "af": "Afrikaans", "an": "Aragonese", "ar": "Arabic", "az": "Azerbaijani",
    "be": "Belarusian", "bg": "Bulgarian", "bn": "Bengali", "br": "Breton",
    "bs": "Bosnian", "ca": "Catalan", "cs": "Czech", "cy": "Welsh", "da": "Danish",
    "de": "German", "el": "Greek", "en": "English", "eo": "Esperanto",
    "es": "Spanish", "et": "Estonian", "eu": "Basque", "fa": "Persian",
    "fi": "Finnish", "fr": "French", "fy": "West_Frisian", "ga": "Irish",
    "gl": "Galician", "gu": "Gujarati", "he": "Hebrew", "hi": "Hindi",
    "hr": "Croatian", "ht": "Haitian", "hu": "Hungarian", "hy": "Armenian",
    "id": "Indonesian", "is": "Icelandic", "it": "Italian", "jv": "Javanese",
    "ka": "Georgian", "kk": "Kazakh", "kn": "Kannada", "ko": "Korean",
    "ku": "Kurdish", "ky": "Kyrgyz", "la": "Latin", "lb": "Luxembourgish",
    "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian", "ml": "Malayalam",
    "mr": "Marathi", "ms": "Malay", "mt": "Maltese", "nb": "Norwegian_Bokmal",
    "ne": "Nepali", "nl": "Dutch", "nn": "Norwegian_Nynorsk", "no": "Norwegian_Bokmal",
    "oc": "Occitan", "pl": "Polish", "pt": "Portuguese", "qu": "Quechua",
    "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian",
    "sq": "Albanian", "sr": "Serbian", "sv": "Swedish", "sw": "Swahili",
    "ta": "Tamil", "te": "Telugu", "tl": "Tagalog", "tr": "Turkish",
    "uk": "Ukrainian", "ur": "Urdu", "uz": "Uzbek", "vi": "Vietnamese",
    "wa": "Walloon", "yo": "Yoruba",
}

#: Share of English stopwords in the sample above which we skip language ID.
ENGLISH_CONFIDENT = 0.28
#: Characters of the longest lines used as the language sample.
SAMPLE_CHARS = 1500


def stoplist(code: str) -> frozenset[str]:
    """The case-folded stopwords of a language (empty when none ships).
    A list that could not be read is not remembered: a passing failure
    (a file system that did not answer) costs one text its stopwords, not
    every later text of the process."""
    found = _STOPLISTS.get(code)
    if found is not None:
        return found
    name = STOPLIST_NAMES.get(code)
    if name is None:
        found = frozenset()
    else:
        try:
            res = resources.files("justext") / "stoplists" / f"{name}.txt"
            text = res.read_text(encoding="utf-8")
        except (ModuleNotFoundError, OSError) as exc:
            logger.warning("no jusText stoplist for %s (%s); it is read again for the next text", code, exc)
            return frozenset()
        found = frozenset(w.strip().casefold() for w in text.splitlines() if w.strip())
    _STOPLISTS[code] = found
    return found


_STOPLISTS: dict[str, frozenset[str]] = {}


@lru_cache(maxsize=None)
def stopchars(code: str) -> frozenset[str]:
    """Function characters of a language written without spaces (or empty);
    see ``data/stopchars.toml``."""
    return frozenset(read_toml("stopchars.toml").get(code, {}).get("chars", ""))


@lru_cache(maxsize=None)
def clause_marks(code: str) -> frozenset[str]:
    """Punctuation that joins clauses in a language written without spaces
    (or empty); see ``data/stopchars.toml``."""
    return frozenset(read_toml("stopchars.toml").get(code, {}).get("clause", ""))


@lru_cache(maxsize=1)
def _identifier():
    import py3langid

    return py3langid


def identify(sample: str) -> str | None:
    """ISO 639-1 code of ``sample`` by py3langid, ``None`` if it cannot tell."""
    if len(sample) < 20:
        return None
    try:
        code, _ = _identifier().classify(sample)
    except Exception:  # noqa: BLE001 - a language guess must never break cleaning
        logger.debug("language identification failed", exc_info=True)
        return None
    return code


@lru_cache(maxsize=None)
def _exclusive(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """English stopwords that are not ``code``'s, and ``code``'s that are not
    English (jusText's lists of European languages hold "the", "and", "of")."""
    english, own = stoplist("en"), stoplist(code)
    return english - own, own - english


def choose_language(
    sample_words: list[str], sample_text: str, wide_words: Callable[[], list[str]] | None = None
) -> str:
    """The document's language (ISO 639-1) from its longest lines.

    English when its stopwords are frequent in the sample; else what
    py3langid reads in the sample -- unless the page's wordiest blocks
    (``wide_words``) hold more of the English stopwords that language's list
    lacks than of its own that English lacks: a long footer in the site's
    language must not outvote an English article of shorter paragraphs.
    """
    if sample_words:
        english = stoplist("en")
        share = sum(1 for w in sample_words if w in english) / len(sample_words)
        if share >= ENGLISH_CONFIDENT:
            return "en"
    code = identify(sample_text) or "en"
    if code != "en" and wide_words is not None:
        if stoplist(code):
            english_only, own_only = _exclusive(code)
            words = wide_words()
            if sum(1 for w in words if w in english_only) > sum(1 for w in words if w in own_only):
                return "en"
    return code
