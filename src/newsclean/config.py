"""The cleaner's configuration: one immutable object with documented defaults."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .labels import Favor
from .rules import (
    RuleError,
    RuleSet,
    available_languages,
    build_ruleset,
    load_rule_file,
    parse_families,
    shipped_languages,
)

#: Rules applied to pages of every language besides their own.
BASE_RULE_LANGUAGE = "en"


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Numbers the heuristics use; one set per :class:`Favor`.

    ``good_chars``/``near_chars``: shortest block (characters) that can be
    prose on its own (jusText's LENGTH_HIGH/LENGTH_LOW, lowered for text
    where links are gone).  ``good_stop``/``near_stop``: share of stopwords
    prose needs (jusText's STOPWORDS_HIGH/LOW).  ``keep_doubtful``: keep
    short blocks inside the article that no rule claims.
    """

    good_chars: int
    near_chars: int
    good_stop: float
    near_stop: float
    keep_doubtful: bool
    weak_rule_cost: float


#: Balanced was tuned for the mean body F1 over aeb, wcxb_dev and
#: dragnet_train (benchmarks/run.py); the other two move off it to either side.
THRESHOLDS = {
    Favor.PRECISION: Thresholds(200, 100, 0.32, 0.28, False, 1.5),
    Favor.BALANCED: Thresholds(160, 80, 0.30, 0.25, True, 1.0),
    Favor.RECALL: Thresholds(110, 50, 0.26, 0.20, True, 0.5),
}


@dataclass(frozen=True)
class Config:
    """How :func:`newsclean.clean` works; build once, reuse for many texts.

    Attributes:
        favor: which error to prefer when unsure (default ``BALANCED``).
        language: ISO 639-1 code of the text's stopword list; ``None``
            detects it per document.
        rule_languages: which shipped rule files to use.  Default: per
            document, the rules of its language and English (English
            boilerplate -- share bars, "Advertisement" -- turns up on pages
            in every language), or of every shipped language when its
            language has no rule data (see :meth:`ruleset_for`).
        rules_files: the user's TOML rule files (same format as the shipped
            ``data/rules/en.toml``), applied before the shipped rules.
        extra_rules: the user's rules as a mapping in the same shape,
            ``{"advertisement": {"mysite": {"exact": ["Promo"]}}}``.

    Rules are validated and compiled when the Config is created, so a bad
    rule raises :class:`newsclean.RuleError` here, not in the middle of a run.
    """

    favor: Favor = Favor.BALANCED
    language: str | None = None
    rule_languages: tuple[str, ...] | None = None
    rules_files: tuple[str | Path, ...] = ()
    extra_rules: Mapping[str, Any] | None = None
    _ruleset: RuleSet = field(init=False, repr=False, compare=False, hash=False)
    _user: tuple = field(init=False, repr=False, compare=False, hash=False, default=())
    _rulesets: dict[str, RuleSet] = field(
        init=False, repr=False, compare=False, hash=False, default_factory=dict
    )
    _memo: dict[str, dict[str, tuple]] = field(
        init=False, repr=False, compare=False, hash=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        if not isinstance(self.favor, Favor):
            try:
                object.__setattr__(self, "favor", Favor(self.favor))
            except ValueError:
                raise ValueError(f"favor must be one of {[f.value for f in Favor]}, not {self.favor!r}") from None
        if isinstance(self.rules_files, (str, Path)):
            object.__setattr__(self, "rules_files", (self.rules_files,))
        langs = self.rule_languages
        shipped = available_languages()
        if langs is None:
            langs = tuple(shipped)
        else:
            unknown = [x for x in langs if x not in shipped]
            if unknown:
                raise RuleError(f"no rule data for languages {unknown} (shipped: {shipped})")
        user = []
        for path in self.rules_files:
            user.extend(load_rule_file(path))
        if self.extra_rules is not None:
            user.extend(parse_families(self.extra_rules, "extra_rules", user=True))
        object.__setattr__(self, "_ruleset", build_ruleset(langs, user))
        object.__setattr__(self, "_user", tuple(user))

    @property
    def thresholds(self) -> Thresholds:
        return THRESHOLDS[self.favor]

    @property
    def ruleset(self) -> RuleSet:
        """The rules of every language this Config uses."""
        return self._ruleset

    def ruleset_for(self, language: str | None) -> RuleSet:
        """The rules for a document in ``language`` (ISO 639-1): with
        ``rule_languages`` set, exactly those; else the shipped rules of
        that language and English, or of every shipped language when the
        language is unknown or has no rule data.  The user's rules always."""
        if self.rule_languages is not None:
            return self._ruleset
        if language not in shipped_languages():
            return self._ruleset
        rs = self._rulesets.get(language)
        if rs is None:
            langs = tuple(dict.fromkeys([language, BASE_RULE_LANGUAGE]))
            rs = self._rulesets[language] = build_ruleset(langs, list(self._user))
        return rs

    def feature_memo(self, language: str) -> dict[str, tuple]:
        """The block features this Config has computed for a language
        (a bounded memo, see ``newsclean.classify``)."""
        memo = self._memo.get(language)
        if memo is None:
            memo = self._memo[language] = {}
        return memo

    def forget(self) -> None:
        """Drop the block features this Config remembers (for timing runs)."""
        self._memo.clear()

    def replace(self, **changes: Any) -> Config:
        """A copy with some fields changed (like ``NamedTuple._replace``)."""
        return replace(self, **changes)

    def describe(self) -> str:
        extra = json.dumps(self.extra_rules, ensure_ascii=False) if self.extra_rules else "none"
        return (
            f"favor={self.favor.value} language={self.language or 'auto'} "
            f"rule_languages={','.join(self.rule_languages or available_languages())} "
            f"rules_files={[str(p) for p in self.rules_files]} extra_rules={extra}"
        )


DEFAULT_CONFIG = Config()
