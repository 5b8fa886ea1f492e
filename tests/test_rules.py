"""Each rule family on cases written for the tests (tests/cases/rules.json).

The context-free match is asserted by its reason, not only its label; a
case with label null must match no rule.
"""

import json
from pathlib import Path

import pytest

from newsclean import DEFAULT_CONFIG, Config, Label, RuleError, clean
from newsclean.rules import available_languages, key_of
from newsclean.text import WORD

CASES = json.loads((Path(__file__).parent / "cases" / "rules.json").read_text(encoding="utf-8"))


def _match(text, config=DEFAULT_CONFIG):
    return config.ruleset.match(text, key_of(text), len(WORD.findall(text)))


@pytest.mark.parametrize("case", CASES, ids=[c["comment"] for c in CASES])
def test_rule_case(case):
    hit = _match(case["text"])
    if case["label"] is None:
        assert hit is None, f"{case['text']!r} matched {hit.family.reason}"
    else:
        assert hit is not None, f"{case['text']!r} matched no rule"
        assert hit.family.label is Label(case["label"])
        assert hit.family.reason == case["reason"]


def test_shipped_languages():
    assert {"en", "uk", "ru", "de", "fr", "es", "it", "pt", "nl", "pl"} <= set(available_languages())


ARTICLE = (
    "Harbour reopens after the storm\n\n"
    "The harbour reopened on Monday after a week of repairs, the port authority said in a statement.\n\n"
    "Advertisement\n\n"
    "Workers cleared the debris and rebuilt two piers that the waves had destroyed during the night.\n\n"
    "Fishermen said they were glad to be back at sea, although the catch was smaller than usual this week.\n\n"
    "Share this article\n\n"
    "Copyright © 2024 The Example Times\n"
)


def test_marker_inside_article_keeps_its_label():
    art = clean(ARTICLE)
    ad = next(b for b in art.blocks if b.text == "Advertisement")
    assert ad.label is Label.ADVERTISEMENT and ad.reason == "advertisement.marker"
    assert "Advertisement" not in art.body
    assert art.body.count("\n\n") == 2  # three paragraphs
    assert art.title == "Harbour reopens after the storm"


def test_user_rules_from_mapping_win_over_shipped():
    cfg = Config(extra_rules={"advertisement": {"mysite": {"exact": ["Fishermen said they were glad"]}}})
    hit = _match("Fishermen said they were glad", cfg)
    assert hit.family.reason == "user.advertisement.mysite"


def test_user_rules_from_toml(tmp_path):
    f = tmp_path / "site.toml"
    f.write_text('[widget.mysite]\nregex = [\'^Weather: \\d+°\']\n', encoding="utf-8")
    cfg = Config(rules_files=(f,))
    text = "Weather: 21° sunny"
    assert _match(text, cfg).family.reason == "user.widget.mysite"


@pytest.mark.parametrize(
    "rules, message",
    [
        ({"adverts": {"x": {"exact": ["a"]}}}, "unknown label"),
        ({"advertisement": {"x": {"regex": ["(unclosed"]}}}, "invalid regex"),
        ({"advertisement": {"x": {"exact": ["  ...  "]}}}, "has no words"),
        ({"advertisement": {"x": {"exakt": ["promo"]}}}, "unknown keys"),
        ({"advertisement": {"x": {"max_words": 3}}}, "no phrases or patterns"),
        ({"advertisement": {"x": {"exact": "promo"}}}, "must be a list"),
        ({"advertisement": {"x": {"exact": ["promo"], "strong": "yes"}}}, "must be bool"),
        ({"advertisement": {"x": {"exact": ["promo"], "yields": 1}}}, "must be bool"),
    ],
)
def test_bad_user_rules_are_refused(rules, message):
    with pytest.raises(RuleError, match=message):
        Config(extra_rules=rules)


def test_bad_rule_file_is_refused(tmp_path):
    f = tmp_path / "bad.toml"
    f.write_text("[advertisement.x\nexact = [", encoding="utf-8")
    with pytest.raises(RuleError, match="not a valid UTF-8 TOML"):
        Config(rules_files=(f,))
    with pytest.raises(RuleError, match="cannot read"):
        Config(rules_files=(tmp_path / "missing.toml",))


def test_rules_follow_the_document_language_with_english_and_fall_back_to_all():
    cfg = Config()

    def reason(text, lang):
        hit = cfg.ruleset_for(lang).match(text, key_of(text), len(WORD.findall(text)))
        return hit.family.reason if hit else None

    assert reason("Anzeige", "de") == "advertisement.marker"
    assert reason("Advertisement", "de") == "advertisement.marker"  # English rules everywhere
    assert reason("Anzeige", "en") is None  # no German rules on an English page
    assert reason("Anzeige", "sw") == "advertisement.marker"  # no rule data for Swahili: all rules
    assert reason("Anzeige", None) == "advertisement.marker"
    only = Config(rule_languages=("en",))
    assert only.ruleset_for("de").match("Anzeige", key_of("Anzeige"), 1) is None  # exactly what was asked
    german = "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für Reparaturen zu schließen, " \
             "die nach Angaben der Ingenieure keinen weiteren Winter warten können."
    art = clean(f"{german}\n\nAnzeige\n\n{german}\n")
    assert [b.reason for b in art.blocks if b.text == "Anzeige"] == ["advertisement.marker"]
