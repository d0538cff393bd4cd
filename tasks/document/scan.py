"""Where a pattern can begin, found with str.find instead of the regex engine's scan.

A pattern whose first character comes from a class ([未没无], [(（]) makes the regex engine test every
character of the text against the class, ~3.5 ns a character whatever the class; str.find skips to one given
character several times faster. When a pattern can only begin at one of a few characters, listing where
they stand and trying the pattern there finds what a scan with the pattern finds, in less time.
"""

from __future__ import annotations

import re
import re._constants as _c
import re._parser as _parser
from collections.abc import Iterator


def positions(text: str, chars: str) -> list[int]:
    """The offsets in `text` of every one of `chars`, in order."""
    found = []
    for char in chars:
        at = text.find(char)
        while at >= 0:
            found.append(at)
            at = text.find(char, at + 1)
    found.sort()
    return found


def matches_at(pattern: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    """What `pattern.finditer(text)` yields when a match (never empty) can only begin at one of `starts`."""
    end = 0
    for start in starts:
        if start >= end:
            m = pattern.match(text, start)
            if m is not None:
                end = m.end()
                yield m


def first_characters(pattern: str) -> str:
    """Every character a match of `pattern` can begin with, on a line without leading spaces, sorted: what
    a fast first-character test (`[...]` lookahead, `positions`) must accept so as never to turn a match away.
    Computed from the pattern itself, so that a lexicon entry added to it can never be missed. Raises
    ValueError for a pattern that can begin with an unlisted class of characters (`.`, `\\w`) or match empty."""
    chars, nullable = _first(_parser.parse(pattern))
    if nullable:
        raise ValueError(f"{pattern!r} can match the empty string: any character may follow")
    return "".join(sorted(chars))


def _first(items) -> tuple[set[str], bool]:
    """(the characters the sequence `items` can begin with, whether it can match empty)."""
    chars: set[str] = set()
    for op, arg in items:
        if op is _c.LITERAL:
            return chars | {chr(arg)}, False
        if op is _c.IN:
            return chars | _class_members(arg), False
        if op is _c.AT:
            continue
        if op is _c.BRANCH:
            nullable = False
            for alternative in arg[1]:
                found, empty = _first(alternative)
                chars |= found
                nullable = nullable or empty
            if not nullable:
                return chars, False
        elif op is _c.SUBPATTERN:
            found, empty = _first(arg[3])
            chars |= found
            if not empty:
                return chars, False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, _, body = arg
            found, empty = _first(body)
            chars |= found
            if low > 0 and not empty:
                return chars, False
        else:
            raise ValueError(f"cannot list the first characters of {op}")
    return chars, True


def _class_members(items) -> set[str]:
    members: set[str] = set()
    for op, arg in items:
        if op is _c.LITERAL:
            members.add(chr(arg))
        elif op is _c.RANGE and arg[1] - arg[0] < 256:
            members.update(map(chr, range(arg[0], arg[1] + 1)))
        elif op is _c.CATEGORY and arg is _c.CATEGORY_SPACE:
            continue  # the lines tested are stripped: a space never begins them
        else:
            raise ValueError(f"cannot list the members of a character class with {op} {arg}")
    return members
