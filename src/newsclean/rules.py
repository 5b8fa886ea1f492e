"""Load rule data (phrases and patterns per family of boilerplate) and match it.

The data lives in ``data/rules/<language>.toml`` (format documented at the
top of ``en.toml``); users add their own families in the same format, from a
TOML file or a Python mapping (see :class:`newsclean.Config`).  Everything is
validated when loaded -- unknown labels, keys or options, empty phrases and
invalid regular expressions raise :class:`RuleError` naming the family --
and nothing in a rule file is ever executed.

Matching is built for speed: exact phrases and prefixes are dictionary
look-ups on the block's case-folded words, all ``contains`` phrases form one
alternation, and all patterns of the families that admit a block of a given
length form one alternation with a named group per family.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from .labels import Label
from .text import WORD

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

#: Longest time a user's or the data's pattern may take on one block.
REGEX_TIMEOUT = 0.05
#: Longest block a rule pattern is ever run on (characters); longer blocks
#: only meet ``contains`` phrases.  Bounds the cost of every pattern.
MAX_PATTERN_INPUT = 2000

MATCH_KINDS = ("exact", "prefix", "contains", "words", "regex")
OPTIONS = {
    "max_words": int,
    "contains_max_words": int,
    "min_hits": int,
    "strong": bool,
    "opens": bool,
    "ends": bool,
}
DEFAULT_MAX_WORDS = 12
DEFAULT_CONTAINS_MAX_WORDS = 60


class RuleError(ValueError):
    """A rule file or mapping is invalid; the message names the family."""


def key_of(text: str) -> str:
    """The matching key of a text: case-folded words joined by one space."""
    return " ".join(WORD.findall(text.casefold()))


@dataclass(frozen=True, slots=True)
class Family:
    """One family of boilerplate: a label and how sure its evidence is."""

    label: Label
    name: str
    strong: bool = True
    opens: bool = False
    ends: bool = False
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
            unknown = set(body) - set(MATCH_KINDS) - set(OPTIONS)
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
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(f"{p}: not a valid UTF-8 TOML file: {exc}") from None
    return parse_families(data, str(p), user=True)


def available_languages() -> list[str]:
    """Languages that ship rule data (ISO 639-1 codes), like jusText's stoplists."""
    folder = resources.files("newsclean") / "data" / "rules"
    return sorted(f.name[:-5] for f in folder.iterdir() if f.name.endswith(".toml"))


@lru_cache(maxsize=None)
def _builtin_specs(language: str) -> tuple[_Spec, ...]:
    res = resources.files("newsclean") / "data" / "rules" / f"{language}.toml"
    data = tomllib.loads(res.read_text(encoding="utf-8"))
    return tuple(parse_families(data, f"data/rules/{language}.toml"))


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
        pattern_families: list[tuple[Family, tuple[str, ...]]] = []
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
                pattern_families.append((fam, spec.patterns))
        self.prefix_len = max((k.count(" ") + 1 for k in self.prefix), default=0)
        self.contains_re = None
        if self.contains_family:
            alts = sorted(self.contains_family, key=len, reverse=True)
            self.contains_re = regex.compile(
                r"(?<!\w)(?:" + "|".join(regex.escape(a) for a in alts) + r")(?!\w)"
            )
        self.contains_limit = max(
            (f.contains_max_words for f in self.families if any(f in v for v in self.contains_family.values())),
            default=0,
        )
        # One alternation per distinct max_words: the families that admit a
        # block of that many words.
        self._group_family: dict[str, Family] = {}
        groups = []
        for i, (fam, patterns) in enumerate(pattern_families):
            for j, p in enumerate(patterns):
                name = f"f{i}_{j}"
                self._group_family[name] = fam
                groups.append((fam.max_words, f"(?P<{name}>{_scoped(p)})"))
        self._pattern_tiers: list[tuple[int, regex.Pattern[str]]] = []
        for limit in sorted({g[0] for g in groups}):
            alts = [g[1] for g in groups if g[0] >= limit]
            self._pattern_tiers.append((limit, regex.compile("|".join(alts))))

    def match(self, text: str, key: str, n_words: int) -> RuleHit | None:
        """The family that labels a block, or ``None``.

        ``key`` is :func:`key_of` of ``text`` and ``n_words`` its word count.
        Precedence: exact phrase, longest prefix, pattern, vocabulary,
        contained phrases.
        """
        fam = self.exact.get(key)
        if fam is not None:
            return RuleHit(fam, "exact")
        if n_words == 0:
            return self._patterns(text, n_words)
        kw = key.split(" ", self.prefix_len) if self.prefix_len else []
        for k in range(min(self.prefix_len, len(kw)), 0, -1):
            fam = self.prefix.get(" ".join(kw[:k]))
            if fam is not None and n_words <= fam.max_words:
                return RuleHit(fam, "prefix")
        hit = self._patterns(text, n_words)
        if hit is not None:
            return hit
        if 2 <= n_words:
            toks = None
            for vocab, fam in self.words:
                if n_words <= fam.max_words:
                    if toks is None:
                        toks = key.split(" ")
                    if all(t in vocab for t in toks):
                        return RuleHit(fam, "words")
        if self.contains_re is not None and n_words <= self.contains_limit:
            return self._contains(key, n_words)
        return None

    def _patterns(self, text: str, n_words: int) -> RuleHit | None:
        if len(text) > MAX_PATTERN_INPUT:
            return None
        for limit, rx in self._pattern_tiers:
            if n_words <= limit:
                try:
                    m = rx.search(text, timeout=REGEX_TIMEOUT)
                except TimeoutError:
                    return None
                if m is None:
                    return None
                return RuleHit(self._group_family[m.lastgroup], "regex")
        return None

    def _contains(self, key: str, n_words: int) -> RuleHit | None:
        found: dict[Family, set[str]] = {}
        for m in self.contains_re.finditer(key):
            for fam in self.contains_family[m.group()]:
                if n_words <= fam.contains_max_words:
                    found.setdefault(fam, set()).add(m.group())
        best: RuleHit | None = None
        for fam, phrases in found.items():
            if len(phrases) >= fam.min_hits and (best is None or len(phrases) > best.hits):
                best = RuleHit(fam, "contains", len(phrases))
        return best


def build_ruleset(languages: Iterable[str], user_specs: Iterable[_Spec] = ()) -> RuleSet:
    specs: list[_Spec] = list(user_specs)
    for lang in languages:
        specs.extend(_builtin_specs(lang))
    return RuleSet(specs)
