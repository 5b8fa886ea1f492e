"""Load rule data (phrases and patterns per family of boilerplate) and match it.

The data lives in ``data/rules/<language>.toml`` (format documented at the
top of ``en.toml``); users add their own families in the same format, from a
TOML file or a Python mapping (see :class:`newsclean.Config`).  Everything is
validated when loaded -- unknown labels, keys or options, empty phrases and
invalid regular expressions raise :class:`RuleError` naming the family --
and nothing in a rule file is ever executed.

Matching is built for speed: exact phrases and prefixes are dictionary
look-ups on the block's case-folded words; the block's words are looked up
once among the patterns' trigger words (``requires``) and the contained
phrases' anchor words; a contained phrase is then a substring test on the
key, and a family's patterns are tried only on a block that holds one of
its trigger words or characters and whose length it admits (the candidate
families of a block are the bits of one int).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

import regex

from .datafiles import TOMLDecodeError, list_data, parse_toml, read_toml
from .labels import Label
from .text import WORD, folded_words

logger = logging.getLogger(__name__)

#: Longest time a user's pattern may take on one block.
REGEX_TIMEOUT = 0.05
#: Longest block a rule pattern is ever run on (characters); longer blocks
#: only meet ``contains`` phrases.  Bounds the cost of every pattern.
MAX_PATTERN_INPUT = 2000
#: Candidate sets a RuleSet remembers (the families, in rule order, of a
#: set of candidates).
MAX_CANDIDATE_SETS = 8192

DIGIT = regex.compile(r"\d")
MATCH_KINDS = ("exact", "prefix", "contains", "words", "regex")
#: Stands for any number in ``requires``.
NUMBER_TOKEN = "0"
OPTIONS = {
    "max_words": int,
    "contains_max_words": int,
    "min_hits": int,
    "strong": bool,
    "opens": bool,
    "ends": bool,
    "yields": bool,
    "closes": bool,
}
DEFAULT_MAX_WORDS = 12
DEFAULT_CONTAINS_MAX_WORDS = 60


class RuleError(ValueError):
    """A rule file or mapping is invalid; the message names the family."""


def key_of(text: str) -> str:
    """The matching key of a text: case-folded words joined by one space."""
    return " ".join(folded_words(text))


@dataclass(frozen=True, slots=True, eq=False)
class Family:
    """One family of boilerplate: a label and how sure its evidence is.

    Compared and hashed by identity: each family is one object of its RuleSet.
    """

    label: Label
    name: str
    strong: bool = True
    opens: bool = False
    ends: bool = False
    yields: bool = False
    closes: bool = False
    max_words: int = DEFAULT_MAX_WORDS
    contains_max_words: int = DEFAULT_CONTAINS_MAX_WORDS
    min_hits: int = 1

    @property
    def reason(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class RuleHit:
    family: Family
    kind: str
    hits: int = 1


@dataclass(frozen=True, slots=True)
class _Spec:
    family: Family
    exact: tuple[str, ...]
    prefix: tuple[str, ...]
    contains: tuple[str, ...]
    words: frozenset[str]
    patterns: tuple[str, ...]
    requires: frozenset[str] | None = None


def _phrases(value: Any, where: str, kind: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
        raise RuleError(f"{where}: '{kind}' must be a list of strings")
    out = []
    for p in value:
        if kind == "regex":
            if not p.strip():
                raise RuleError(f"{where}: empty pattern in 'regex'")
            out.append(p)
            continue
        k = key_of(p)
        if not k:
            raise RuleError(f"{where}: phrase {p!r} in '{kind}' has no words")
        out.append(k)
    return tuple(out)


def _compile_one(pattern: str, where: str) -> regex.Pattern[str]:
    try:
        return regex.compile(pattern)
    except regex.error as exc:
        raise RuleError(f"{where}: invalid regex {pattern!r}: {exc}") from None


def parse_families(data: Mapping[str, Any], origin: str, *, user: bool = False) -> list[_Spec]:
    """Validate a parsed rule file ``{label: {family: {kind: [...], option: v}}}``."""
    specs: list[_Spec] = []
    if not isinstance(data, Mapping):
        raise RuleError(f"{origin}: rules must be a table of labels")
    for label_name, families in data.items():
        try:
            label = Label(label_name)
        except ValueError:
            known = ", ".join(label.value for label in Label)
            raise RuleError(f"{origin}: unknown label {label_name!r} (known: {known})") from None
        if not isinstance(families, Mapping):
            raise RuleError(f"{origin}: [{label_name}] must hold tables like [{label_name}.mysite]")
        for fam_name, body in families.items():
            where = f"{origin} [{label_name}.{fam_name}]"
            if not isinstance(body, Mapping):
                raise RuleError(f"{where}: must be a table")
            unknown = set(body) - set(MATCH_KINDS) - set(OPTIONS) - {"requires"}
            if unknown:
                raise RuleError(f"{where}: unknown keys {sorted(unknown)}")
            opts: dict[str, Any] = {}
            for opt, typ in OPTIONS.items():
                if opt in body:
                    v = body[opt]
                    if type(v) is not typ:
                        raise RuleError(f"{where}: option '{opt}' must be {typ.__name__}")
                    if typ is int and v < 1:
                        raise RuleError(f"{where}: option '{opt}' must be >= 1")
                    opts[opt] = v
            if not any(k in body for k in MATCH_KINDS):
                raise RuleError(f"{where}: no phrases or patterns")
            prefix = f"user.{label_name}.{fam_name}" if user else f"{label_name}.{fam_name}"
            family = Family(label=label, name=prefix, **opts)
            requires = None
            if "requires" in body:
                req = body["requires"]
                if not isinstance(req, list) or not req or not all(isinstance(x, str) and x.strip() for x in req):
                    raise RuleError(f"{where}: 'requires' must be a non-empty list of non-empty strings")
                requires = frozenset(x.strip().casefold() for x in req)
            patterns = _phrases(body.get("regex", []), where, "regex")
            for p in patterns:
                _compile_one(p, where)
            specs.append(
                _Spec(
                    family=family,
                    exact=_phrases(body.get("exact", []), where, "exact"),
                    prefix=_phrases(body.get("prefix", []), where, "prefix"),
                    contains=_phrases(body.get("contains", []), where, "contains"),
                    words=frozenset(_phrases(body.get("words", []), where, "words")),
                    patterns=patterns,
                    requires=requires,
                )
            )
    return specs


def load_rule_file(path: str | Path) -> list[_Spec]:
    """Read and validate a user's TOML rule file."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise RuleError(f"{p}: cannot read rule file: {exc.strerror or exc}") from None
    try:
        data = parse_toml(raw.decode("utf-8"))
    except (UnicodeDecodeError, TOMLDecodeError) as exc:
        raise RuleError(f"{p}: not a valid UTF-8 TOML file: {exc}") from None
    return parse_families(data, str(p), user=True)


def available_languages() -> list[str]:
    """Languages that ship rule data (ISO 639-1 codes), like jusText's stoplists."""
    return list(shipped_languages())


@lru_cache(maxsize=None)
def shipped_languages() -> tuple[str, ...]:
    """:func:`available_languages`, listed once per process (the rules are
    chosen per document from it)."""
    return tuple(list_data("rules", ".toml"))


@lru_cache(maxsize=None)
def _builtin_specs(language: str) -> tuple[_Spec, ...]:
    return tuple(parse_families(read_toml("rules", f"{language}.toml"), f"data/rules/{language}.toml"))


def _anchored(pattern: str) -> bool:
    """Whether a pattern can only match at the start of a block."""
    return regex.match(r"(?:\(\?[aiLmsux]+\))?\^", pattern) is not None


def _scoped(pattern: str) -> str:
    """Turn leading global inline flags into a scoped group for alternation."""
    m = regex.match(r"\(\?([aiLmsux]+)\)", pattern)
    if m:
        return f"(?{m.group(1)}:{pattern[m.end():]})"
    return f"(?:{pattern})"


class RuleSet:
    """Compiled rules; :meth:`match` labels one block or returns ``None``."""

    def __init__(self, specs: Iterable[_Spec]):
        self.exact: dict[str, Family] = {}
        self.prefix: dict[str, Family] = {}
        self.words: list[tuple[frozenset[str], Family]] = []
        self.contains_family: dict[str, list[Family]] = {}
        self.families: list[Family] = []
        pattern_specs: list[_Spec] = []
        for spec in specs:
            fam = spec.family
            self.families.append(fam)
            for k in spec.exact:
                self.exact.setdefault(k, fam)  # first (user rules) wins
            for k in spec.prefix:
                self.prefix.setdefault(k, fam)
            for k in spec.contains:
                fams = self.contains_family.setdefault(k, [])
                if fam not in fams:
                    fams.append(fam)
            if spec.words:
                self.words.append((spec.words, fam))
            if spec.patterns:
                pattern_specs.append(spec)
        #: Every word of every vocabulary: a block with a word outside it
        #: fits none of them.
        self._vocabulary = frozenset().union(*(vocab for vocab, _ in self.words))
        #: Each family's place in rule order.
        self._rank = {fam: i for i, fam in enumerate(self.families)}
        self.prefix_len = max((k.count(" ") + 1 for k in self.prefix), default=0)
        self._prefix_first = frozenset(k.split(" ", 1)[0] for k in self.prefix)
        # Each contained phrase is indexed by its longest word (the rarest,
        # roughly): a block is only searched for the phrases whose index
        # word it holds, with a substring test on its space-padded key.
        self._contains_by_word: dict[str, list[str]] = {}
        for phrase in self.contains_family:
            anchor = max(phrase.split(" "), key=len)
            self._contains_by_word.setdefault(anchor, []).append(phrase)
        self._contains_anchors = frozenset(self._contains_by_word)
        with_contains = {f for fams in self.contains_family.values() for f in fams}
        self.contains_limit = max((f.contains_max_words for f in self.families if f in with_contains), default=0)
        # Each family's patterns form two alternations: those anchored at the
        # block's start, tried with ``match`` (one position), and the others,
        # tried with ``search``.  A family with ``requires`` is only tried on
        # blocks holding one of its words, found by dictionary look-ups.
        self._pattern_fams: list[tuple[Family, regex.Pattern[str] | None, regex.Pattern[str] | None]] = []
        # The shipped patterns are tested for linear cost on adversarial
        # input (tests/test_hostile.py) and run without a timeout, whose
        # check costs a third of a short block's match (and ``regex`` reads
        # a keyword argument, even ``timeout=None``, at the cost of a short
        # match: the shipped ones are called without it); a user's pattern
        # is untested and runs under REGEX_TIMEOUT.
        #: Per family (rule order): its tests -- ``anchored.match`` and
        #: ``floating.search``, bound -- each true when the block matches.
        self._tests: list[tuple[Callable[[str], object], ...]] = []
        self._always: list[int] = []
        self._by_word: dict[str, list[int]] = {}
        self._by_char: list[tuple[str, int]] = []
        self._pattern_max_words = max((spec.family.max_words for spec in pattern_specs), default=0)
        for idx, spec in enumerate(pattern_specs):
            anchored = [_scoped(p) for p in spec.patterns if _anchored(p)]
            floating = [_scoped(p) for p in spec.patterns if not _anchored(p)]
            self._pattern_fams.append(
                (
                    spec.family,
                    regex.compile("|".join(anchored)) if anchored else None,
                    regex.compile("|".join(floating)) if floating else None,
                )
            )
            _, a, f = self._pattern_fams[-1]
            tests = [p for p in (a.match if a is not None else None, f.search if f is not None else None) if p]
            if spec.family.name.startswith("user."):
                tests = [partial(t, timeout=REGEX_TIMEOUT) for t in tests]
            self._tests.append(tuple(tests))
            if spec.requires is None:
                self._always.append(idx)
                continue
            for w in spec.requires:
                if WORD.fullmatch(w):
                    self._by_word.setdefault(w, []).append(idx)
                else:
                    self._by_char.append((w, idx))
        self._trigger_words = frozenset(w for w in self._by_word if w != NUMBER_TOKEN)
        #: The words a block's words are looked up among, once: the
        #: patterns' trigger words and the contained phrases' anchors.
        self._listed = self._trigger_words | self._contains_anchors
        self._listed_max_words = max(self._pattern_max_words, self.contains_limit)
        # one scan for the first characters of every ``requires`` string that
        # is no word ("$", "©", "[del:"), before testing each of them
        firsts = sorted({ch[0] for ch, _ in self._by_char})
        # (the standard library's engine: it scans a class of plain characters twice as fast)
        self._by_char_probe = re.compile("[" + "".join(re.escape(c) for c in firsts) + "]") if firsts else None
        # a hit is immutable: one per family and kind, made once
        self._hits: dict[tuple[Family, str], RuleHit] = {}
        # A block's candidate families are a set of bits, bit ``idx`` for
        # the family ``idx`` in rule order: those always tried, those of
        # each trigger word it holds, of any number, of each character.
        self._always_bits = _bits(self._always)
        self._word_bits = {w: _bits(idxs) for w, idxs in self._by_word.items()}
        self._number_bits = self._word_bits.get(NUMBER_TOKEN, 0)
        #: The word limits of the pattern families, ascending: a block is
        #: tried with the families whose limit is at least its length ...
        self._max_words = sorted({spec.family.max_words for spec in pattern_specs})
        #: ... the families of each limit, as bits.
        self._size_bits = [
            _bits(idx for idx, (fam, _, _) in enumerate(self._pattern_fams) if fam.max_words >= limit)
            for limit in self._max_words
        ]
        #: The families of a set of bits, in rule order, once worked out
        #: (their patterns are tried one family at a time: joining them into
        #: one alternation per set was tried, and real pages meet thousands
        #: of sets, whose compiling cost three times what it saved).
        self._orders: dict[int, tuple[int, ...]] = {}

    def match(
        self, text: str, key: str, n_words: int, digit: bool | None = None, toks: list[str] | None = None
    ) -> RuleHit | None:
        """The family that labels a block, or ``None``.

        ``key`` is :func:`key_of` of ``text`` and ``n_words`` its word count;
        ``digit``, when the caller knows it, whether ``text`` holds a digit;
        ``toks``, when the caller has them, the words of ``key`` as a list.
        Precedence: exact phrase, longest prefix, patterns (in rule order),
        vocabulary, contained phrases.
        """
        fam = self.exact.get(key)
        if fam is not None:
            return self._hit(fam, "exact")
        if toks is None:
            toks = key.split(" ") if key else []
        if n_words == 0:
            return self._patterns(text, frozenset(), n_words, digit)
        if toks[0] in self._prefix_first:
            for k in range(min(self.prefix_len, n_words), 0, -1):
                fam = self.prefix.get(" ".join(toks[:k]))
                if fam is not None and n_words <= fam.max_words:
                    return self._hit(fam, "prefix")
        # the block's words that trigger a pattern or anchor a phrase, in one look-up
        listed = self._listed.intersection(toks) if n_words <= self._listed_max_words else frozenset()
        hit = self._patterns(text, listed, n_words, digit)
        if hit is not None:
            return hit
        if 2 <= n_words and self._vocabulary.issuperset(toks):
            for vocab, fam in self.words:
                if n_words <= fam.max_words and vocab.issuperset(toks):
                    return self._hit(fam, "words")
        if n_words <= self.contains_limit:
            return self._contains(key, listed, n_words)
        return None

    def _patterns(self, text: str, listed: frozenset[str], n_words: int, digit: bool | None) -> RuleHit | None:
        """``listed``: the block's words among the trigger words and anchors."""
        if not self._pattern_fams or len(text) > MAX_PATTERN_INPUT:
            return None
        order = self._candidates(text, listed, n_words, digit)
        return self._each(text, order) if order else None

    def _candidates(self, text: str, listed: frozenset[str], n_words: int, digit: bool | None) -> tuple[int, ...]:
        """The pattern families a block is tried with, in rule order: those
        always tried, those of the trigger words (``listed``), the number
        and the characters it holds, that admit its length."""
        size = bisect_left(self._max_words, n_words)
        if size >= len(self._max_words):
            return ()  # longer than any pattern family admits
        bits = self._always_bits
        for w in self._trigger_words.intersection(listed):
            bits |= self._word_bits[w]
        if self._number_bits and (DIGIT.search(text) is not None if digit is None else digit):
            bits |= self._number_bits
        if self._by_char_probe is not None and self._by_char_probe.search(text) is not None:
            for ch, idx in self._by_char:
                if ch in text:
                    bits |= 1 << idx
        bits &= self._size_bits[size]
        order = self._orders.get(bits)
        if order is None:
            if len(self._orders) >= MAX_CANDIDATE_SETS:
                self._orders.clear()
            order = self._orders[bits] = tuple(idx for idx in range(bits.bit_length()) if bits >> idx & 1)
        return order

    def _each(self, text: str, order: tuple[int, ...]) -> RuleHit | None:
        """The first family in ``order`` whose pattern matches, each tried
        alone (a user's pattern under its timeout)."""
        for idx in order:
            try:
                for test in self._tests[idx]:
                    if test(text):
                        return self._hit(self._pattern_fams[idx][0], "regex")
            except TimeoutError:
                logger.warning("rule %s timed out on a block of %d characters", self._pattern_fams[idx][0].name, len(text))
        return None

    def _hit(self, fam: Family, kind: str) -> RuleHit:
        hit = self._hits.get((fam, kind))
        if hit is None:
            hit = self._hits[(fam, kind)] = RuleHit(fam, kind)
        return hit

    def _contains(self, key: str, listed: frozenset[str], n_words: int) -> RuleHit | None:
        anchors = self._contains_anchors.intersection(listed)
        if not anchors:
            return None
        padded = f" {key} "
        found: dict[Family, set[str]] = {}
        for anchor in anchors:
            for phrase in self._contains_by_word[anchor]:
                if f" {phrase} " in padded:
                    for fam in self.contains_family[phrase]:
                        if n_words <= fam.contains_max_words:
                            found.setdefault(fam, set()).add(phrase)
        best: RuleHit | None = None
        rank = self._rank
        # the most phrases wins; a tie goes to the first family in rule order
        for fam in sorted(found, key=rank.__getitem__) if len(found) > 1 else found:
            phrases = found[fam]
            if len(phrases) >= fam.min_hits and (best is None or len(phrases) > best.hits):
                best = RuleHit(fam, "contains", len(phrases))
        return best


def _bits(indices: Iterable[int]) -> int:
    """A set of small non-negative integers as the bits of one int."""
    out = 0
    for i in indices:
        out |= 1 << i
    return out


def build_ruleset(languages: Iterable[str], user_specs: Iterable[_Spec] = ()) -> RuleSet:
    """The compiled rules of ``languages`` and a user's families (first).
    Built once per process for the same languages and the same families:
    every Config of a process that asks for them shares one RuleSet (it
    holds no text, only compiled rules and caches of them)."""
    return _built(tuple(languages), tuple(user_specs))


#: RuleSets a process keeps (by languages and user families).
BUILT_RULESETS = 64


@lru_cache(maxsize=BUILT_RULESETS)
def _built(languages: tuple[str, ...], user_specs: tuple[_Spec, ...]) -> RuleSet:
    specs: list[_Spec] = list(user_specs)
    for lang in languages:
        specs.extend(_builtin_specs(lang))
    return RuleSet(specs)
