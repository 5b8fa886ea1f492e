"""Plain dates are read without dateparser, with the same answer."""

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.dates import NOT_PLAIN, PLAIN_LANGUAGES, _month_numbers, plain_date
from newsclean.metadata import _by_dateparser, parse_date

EN_FORMS = ["{M} {d}, {y}", "{M}. {d}, {y}", "{M} {d}th, {y}", "{d} {M} {y}", "{d} {M}, {y}", "{M} {d} {y}", "{W}, {M} {d}, {y}"]
DE_FORMS = ["{d}. {M} {y}", "{dd}. {M} {y}"]


@settings(max_examples=150, deadline=None)
@given(
    language=st.sampled_from(PLAIN_LANGUAGES),
    data=st.data(),
    day=st.integers(1, 31),
    year=st.integers(1995, 2030),
)
def test_plain_forms_read_as_dateparser_reads_them(language, data, day, year):
    name = data.draw(st.sampled_from(sorted(_month_numbers(language))))
    form = data.draw(st.sampled_from(EN_FORMS if language == "en" else DE_FORMS))
    case = data.draw(st.sampled_from([str.capitalize, str.lower, str.upper]))
    raw = form.format(M=case(name), d=day, dd=f"{day:02d}", y=year, W="Monday")
    plain = plain_date(raw, language, None)
    assert plain is not NOT_PLAIN or day > 28  # only a day the month lacks goes on to dateparser
    if plain is not NOT_PLAIN:
        assert plain == _by_dateparser(raw, language, None)


@settings(max_examples=80, deadline=None)
@given(
    language=st.sampled_from(["en", "de", "fr", "ru", None]),
    order=st.sampled_from([None, "DMY"]),
    when=st.dates(min_value=datetime(1990, 1, 1).date(), max_value=datetime(2035, 12, 31).date()),
    form=st.sampled_from(["{y}-{m:02d}-{d:02d}", "{d:02d}.{m:02d}.{y}", "{d}.{m}.{y}"]),
)
def test_numeric_forms_read_as_dateparser_reads_them(language, order, when, form):
    raw = form.format(y=when.year, m=when.month, d=when.day)
    plain = plain_date(raw, language, order)
    assert plain == datetime(when.year, when.month, when.day)
    assert plain == _by_dateparser(raw, language, order)


@pytest.mark.parametrize("language", PLAIN_LANGUAGES)
def test_a_month_and_year_is_no_date_either_way(language):
    for name in _month_numbers(language):
        raw = f"{name.capitalize()} 2019"
        assert plain_date(raw, language, None) is None
        assert _by_dateparser(raw, language, None) is None


@pytest.mark.parametrize(
    ("raw", "language", "order"),
    [
        ("Spring 2019", "en", None),  # no month
        ("31. Februar 2020", "de", None),  # no such day
        ("February 14, 2025 10:30", "en", None),  # a time: dateparser reads it
        ("14. Februar 2025", "en", None),  # German form on an English page
        ("14 février 2025", "fr", None),  # no plain language
        ("01.02.2021", "en", "MDY"),  # the page reads dates month first
        ("2021/02/01", "en", None),
        ("Tuesday, Februar 14, 2025", "en", None),  # no English month
    ],
)
def test_other_forms_go_to_dateparser(raw, language, order):
    assert plain_date(raw, language, order) is NOT_PLAIN


def test_parse_date_reads_plain_forms_and_the_rest():
    assert parse_date("February 14, 2025", "en") == datetime(2025, 2, 14)
    assert parse_date("14. Februar 2025", "de") == datetime(2025, 2, 14)
    assert parse_date("14 février 2025", "fr") == datetime(2025, 2, 14)
    assert parse_date("Januar 2022", "de") is None


def test_first_twelve_months_in_order():
    """The month numbers come from the data's order: the twelfth name of
    each plain language is December's."""
    for language in PLAIN_LANGUAGES:
        numbers = _month_numbers(language)
        assert sorted(set(numbers.values())) == list(range(1, 13))
        december = next(n for n, k in numbers.items() if k == 12 and len(n) > 4)
        assert _by_dateparser(f"1 {december} 2020", language, None) == datetime(2020, 12, 1)
