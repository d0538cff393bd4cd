"""Numbers as the reports write them: Arabic with thousands separators and 万/亿, and Chinese numerals."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gongkai.tasks.document.numerals import ARABIC, BIG_UNIT, chinese_to_number, parse_number


@pytest.mark.parametrize(
    ("numeral", "multiplier", "expected"),
    [
        ("492", None, 492),
        ("1,234", None, 1234),
        ("12,345,678", None, 12_345_678),
        ("0", None, 0),
        ("26.8", None, 26.8),
        (" 492 ", None, 492),  # a captured span with stray spaces
        ("1.53", "万", 15_300),
        ("6", "万", 60_000),
        ("1.2", "万", 12_000),
        ("26.8", "万", 268_000),
        ("0.5", "亿", 50_000_000),
        ("三", None, 3),
        ("两", None, 2),
        ("两", "万", 20_000),
        ("十五", None, 15),
    ],
)
def test_parse_number(numeral, multiplier, expected):
    assert parse_number(numeral, multiplier) == pytest.approx(expected)


def test_parse_number_returns_float_without_float_noise():
    # 1.53 × 10000 is 15300.000000000002 in binary floating point; the value must be the clean count.
    assert parse_number("1.53", "万") == 15300.0
    assert isinstance(parse_number("492"), float)


@pytest.mark.parametrize(
    ("numeral", "expected"),
    [
        ("三", 3),
        ("两", 2),
        ("十", 10),
        ("十五", 15),
        ("二十", 20),
        ("二十三", 23),
        ("一百零五", 105),
        ("一百一十", 110),
        ("三千五百", 3500),
        ("一千零一", 1001),
        ("一万二千", 12_000),
        ("十万", 100_000),
        ("两万", 20_000),
        ("一亿二千万", 120_000_000),
        ("壹佰", 100),
    ],
)
def test_chinese_to_number_with_unit_characters(numeral, expected):
    assert chinese_to_number(numeral) == expected


@pytest.mark.parametrize(
    ("numeral", "expected"),
    [
        ("二〇一九", 2019),  # a year written digit by digit, not 2+0+1+9 or 2×…
        ("二零二一", 2021),
        ("一九九八", 1998),
        ("〇", 0),
        ("七", 7),
    ],
)
def test_chinese_to_number_digit_by_digit_without_unit_characters(numeral, expected):
    assert chinese_to_number(numeral) == expected


@pytest.mark.parametrize(("numeral", "expected"), [("三", 3), ("十五", 15), ("一万二千", 12_000), ("二〇一九", 2019)])
def test_parse_number_delegates_chinese_numerals(numeral, expected):
    assert parse_number(numeral) == chinese_to_number(numeral) == expected


@settings(max_examples=500, deadline=None)
@given(st.from_regex(ARABIC, fullmatch=True), st.sampled_from([None, "万", "亿"]))
def test_parse_number_is_the_rounded_value(numeral, multiplier):
    # Rounding is skipped for whole values; that must be exactly what rounding them would give.
    value = float(numeral.replace(",", "")) * (BIG_UNIT[multiplier] if multiplier else 1)
    assert parse_number(numeral, multiplier) == round(value, 6)
