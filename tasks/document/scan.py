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
import sys
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


class AnchoredPattern:
    """A compiled pattern searched only around a literal every match holds (its anchor), found with str.find.

    For patterns searched across whole texts whose start the engine cannot skip to (an optional first group,
    a class): `(?:我|本)?([区县市]…)(?:负责)?编制` spent ~30 µs a document trying every 区, 县 and 市. A match
    lies within `before` characters ahead of its anchor and `after` characters past it; each occurrence of
    the anchor, in order, is tried in that window alone, and at the first window holding a match the pattern
    searches on from the window's start. That is the pattern's own search, match for match: no match starts
    before a window that holds none (it would lie in the window of its own anchor, which held none), the
    search from the window on finds the leftmost one, and `pos` keeps `^` and lookbehinds reading the text
    before it. A pattern without such an anchor, or one whose match depends on where the text ends (`$`,
    `\b`, a lookahead), is searched as it is."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = re.compile(pattern, flags)
        found = None if flags & re.IGNORECASE else literal_anchor(pattern)
        self.anchor: str | None = found[0] if found else None
        self.before, self.after = found[1:] if found else (0, 0)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        anchor = self.anchor
        if anchor is None:
            return self.pattern.search(text, pos, endpos)
        at = text.find(anchor, pos, endpos)
        while at >= 0:
            start = max(pos, at - self.before)
            if self.pattern.search(text, start, min(endpos, at + len(anchor) + self.after)):
                return self.pattern.search(text, start, endpos)
            at = text.find(anchor, at + 1, endpos)
        return None


# The farthest a match may reach from its anchor for `AnchoredPattern` to use it.
MAX_REACH = 200
# What makes a match depend on where the text ends: $, \Z, \b, \B, a lookahead.
_END_SENSITIVE = {_c.AT_END, _c.AT_END_LINE, _c.AT_END_STRING, _c.AT_BOUNDARY, _c.AT_NON_BOUNDARY}


def literal_anchor(pattern: str) -> tuple[str, int, int] | None:
    """(the longest run of literal characters in `pattern`'s top-level sequence, the farthest from the start
    of a match it can begin, the farthest past its end a match can reach), or None when there is none within
    `MAX_REACH` either way, or the pattern ignores case (str.find does not) or reads where the text ends."""
    items = _parser.parse(pattern)
    if items.state.flags & re.IGNORECASE or _reads_the_end(items):
        return None
    best: tuple[str, int, int] | None = None
    at = 0
    while at < len(items):
        if items[at][0] is not _c.LITERAL:
            at += 1
            continue
        end = at
        while end < len(items) and items[end][0] is _c.LITERAL:
            end += 1
        run = "".join(chr(arg) for _, arg in items[at:end])
        before = _parser.SubPattern(items.state, items.data[:at]).getwidth()[1]
        after = _parser.SubPattern(items.state, items.data[end:]).getwidth()[1]
        if before <= MAX_REACH and after <= MAX_REACH and (best is None or len(run) > len(best[0])):
            best = (run, before, after)
        at = end
    return best


def _reads_the_end(items) -> bool:
    for op, arg in items:
        if op is _c.AT and arg in _END_SENSITIVE or op in (_c.ASSERT, _c.ASSERT_NOT) and arg[0] == 1:
            return True
        if op is _c.BRANCH and any(_reads_the_end(alternative) for alternative in arg[1]):
            return True
        if op is _c.SUBPATTERN and _reads_the_end(arg[3]):
            return True
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and _reads_the_end(arg[2]):
            return True
        if op is _c.ATOMIC_GROUP and _reads_the_end(arg):
            return True
        if op is _c.GROUPREF_EXISTS and any(_reads_the_end(branch) for branch in arg[1:] if branch):
            return True
    return False


def first_characters(pattern: str) -> str:
    """Every character a match of `pattern` can begin with, on a line without leading spaces, sorted: what
    a fast first-character test (`[...]` lookahead, `positions`) must accept so as never to turn a match away.
    Computed from the pattern itself, so that a lexicon entry added to it can never be missed. Raises
    ValueError for a pattern that can begin with an unlisted class of characters (`.`, `\\w`) or match empty."""
    chars, nullable = _edge(_parser.parse(pattern), from_end=False)
    if nullable:
        raise ValueError(f"{pattern!r} can match the empty string: any character may follow")
    return "".join(sorted(chars))


def last_characters(pattern: str) -> frozenset[str] | None:
    """Every character a match of `pattern` can end with, when every alternative of it ends with `$` and it
    cannot match empty; None when that cannot be told. A string whose last character is not among them (and
    that does not end with a newline, before which `$` also matches) cannot match: a test of one character
    instead of a scan of the string. Spaces are not listed: the strings tested end without one."""
    items = _parser.parse(pattern)
    if not _anchored_at_end(items):
        return None
    try:
        chars, nullable = _edge(items, from_end=True)
    except ValueError:
        return None
    return None if nullable else frozenset(chars)


def required_text(pattern: str) -> str | None:
    """A string every match of `pattern` contains (its longest run of literal characters that no alternative,
    option or repetition can skip), or None: `text not in string` rules a match out without the regex."""
    return _required(_parser.parse(pattern))


def _required(items) -> str | None:
    best, run = "", ""
    for op, arg in [*items, (None, None)]:
        if op is _c.LITERAL:
            run += chr(arg)
            continue
        best, run = max(best, run, key=len), ""
        if op is _c.SUBPATTERN and not arg[1] and not arg[2]:
            best = max(best, _required(arg[3]) or "", key=len)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and arg[0] >= 1:
            best = max(best, _required(arg[2]) or "", key=len)
    return best or None


def _anchored_at_end(items) -> bool:
    if not items:
        return False
    op, arg = items[-1]
    if op is _c.AT:
        return arg is _c.AT_END
    if op is _c.BRANCH:
        return all(_anchored_at_end(alternative) for alternative in arg[1])
    if op is _c.SUBPATTERN:
        return _anchored_at_end(arg[3])
    return False


def _edge(items, from_end: bool) -> tuple[set[str], bool]:
    """(the characters the sequence `items` can begin with — end with, `from_end` —, whether it can match
    empty)."""
    chars: set[str] = set()
    for op, arg in reversed(items) if from_end else items:
        if op is _c.LITERAL:
            return chars | {chr(arg)}, False
        if op is _c.IN:
            return chars | _class_members(arg), False
        if op is _c.AT:
            continue
        if op is _c.BRANCH:
            nullable = False
            for alternative in arg[1]:
                found, empty = _edge(alternative, from_end)
                chars |= found
                nullable = nullable or empty
            if not nullable:
                return chars, False
        elif op is _c.SUBPATTERN:
            found, empty = _edge(arg[3], from_end)
            chars |= found
            if not empty:
                return chars, False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, _, body = arg
            found, empty = _edge(body, from_end)
            chars |= found
            if low > 0 and not empty:
                return chars, False
        else:
            raise ValueError(f"cannot list the edge characters of {op}")
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
