"""Where a pattern can begin, found with str.find instead of the regex engine's scan.

A pattern whose first character comes from a class ([未没无], [(（]) makes the regex engine test every
character of the text against the class, ~3.5 ns a character whatever the class; str.find skips to one given
character several times faster. When a pattern can only begin at one of a few characters, listing where
they stand and trying the pattern there finds what a scan with the pattern finds, in less time.
"""

from __future__ import annotations

import re
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
