"""Numbers as Chinese documents write them: 492, 1,234, 1.53万, 6万余, 三名, 两次, 一万二千, 二十.

Only the captured numeral span is ever converted: turning whole text into digits corrupts words such as
统一, 一网通办, 第三方 and 一是.
"""

from __future__ import annotations

import re

DIGIT = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "两": 2,
    "贰": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
SMALL_UNIT = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNIT = {"万": 10_000, "萬": 10_000, "亿": 100_000_000}
CN_NUMERAL_CHARS = "".join(DIGIT) + "".join(SMALL_UNIT)
POSITIONAL_UNITS = frozenset(SMALL_UNIT) | frozenset(BIG_UNIT)
ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
ARABIC_NUMBER = re.compile(ARABIC)


def chinese_to_number(numeral: str) -> float:
    """一万二千 → 12000, 十五 → 15, 三 → 3, 二〇一九 → 2019 (digit-by-digit when no unit characters)."""
    if POSITIONAL_UNITS.isdisjoint(numeral):
        value = 0
        for ch in numeral:
            value = value * 10 + DIGIT[ch]
        return float(value)
    total, section, digit = 0, 0, 0
    for ch in numeral:
        if ch in DIGIT:
            digit = DIGIT[ch]
        elif ch in SMALL_UNIT:
            section += (digit or 1) * SMALL_UNIT[ch]
            digit = 0
        elif ch in BIG_UNIT:
            total += (section + digit) * BIG_UNIT[ch]
            section, digit = 0, 0
    return float(total + section + digit)


def parse_number(numeral: str, multiplier: str | None = None) -> float:
    """The value of a captured numeral, with an optional trailing 万/亿 multiplier."""
    numeral = numeral.strip()
    if numeral.isdecimal() or ARABIC_NUMBER.fullmatch(numeral):
        value = float(numeral.replace(",", ""))
    else:
        value = chinese_to_number(numeral)
    if multiplier:
        value *= BIG_UNIT[multiplier]
    # Rounding is slow (a trip through decimal digits) and can only change a value with a fraction.
    return value if value.is_integer() else round(value, 6)
