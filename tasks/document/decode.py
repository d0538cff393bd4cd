"""Bytes → text, with the encoding that was used.

Order (first that applies wins):
1. a byte-order mark (UTF-32 before UTF-16, whose BOM is a prefix of UTF-32-LE's);
2. UTF-16 without a BOM, recognised by NUL bytes in alternate positions;
3. strict UTF-8 (a multi-byte sequence truncated at the very end is dropped, not fatal): valid UTF-8 with
   non-ASCII in it is practically never another encoding, whatever a <meta> tag says;
4. among the charset declared by an HTML `<meta>`/XML declaration, GB18030, Big5-HKSCS and
   charset-normalizer's guess, those that decode strictly, the one whose text is most plausibly Chinese
   (share of everyday characters of either script); GBK/GB2312 are always decoded as GB18030, their superset.
   Short texts fool statistical detectors (a GB18030 title can look like UTF-16 or CP949): plausibility decides;
5. GB18030 with replacement characters, which later show up as unrecoverable spans.

Stray NUL bytes in an otherwise textual file are removed; a file with many control bytes is binary.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    """The bytes are not text; the message is the ledger's `reason`."""


BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
SUPERSETS = {
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "cp936": "gb18030",
    "hz": "gb18030",
    "big5": "big5hkscs",
    "cp950": "big5hkscs",
    "ascii": "utf-8",
}
DECLARED_CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([a-z0-9_\-]+)""")  # in lower-cased bytes
BINARY_CONTROL_SHARE = 0.05
# Every byte but the C0 controls other than \t \n \v \f \r: deleted, so that what is left are those controls.
NOT_CONTROL_BYTES = bytes(b for b in range(256) if not (b < 0x09 or 0x0E <= b < 0x20))


def canonical_encoding(name: str) -> str:
    try:
        name = codecs.lookup(name).name
    except LookupError:
        return name.lower()
    return SUPERSETS.get(name, name)


def _declared_charset(head: bytes) -> re.Match | None:
    # Lower-cased and looked for as plain bytes first: a regex scan is slow in a file that declares nothing.
    head = head.lower()
    if b"charset" not in head and b"encoding" not in head:
        return None
    return DECLARED_CHARSET.search(head)


def decode_bytes(data: bytes) -> tuple[str, str]:
    if not data:
        return "", "utf-8"
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _check_text(data.decode(encoding, errors="replace")), encoding.replace("-sig", "-bom")

    utf16 = _utf16_without_bom(data)
    if utf16:
        return _check_text(data.decode(utf16, errors="replace")), utf16

    nul_share = data.count(0) / len(data)
    if nul_share > BINARY_CONTROL_SHARE:
        raise DecodeError(
            f"binary content: no text could be decoded ({nul_share:.0%} NUL bytes); if it is a scanned "
            "or office document, convert it to text or HTML first"
        )
    if nul_share:
        data = data.replace(b"\x00", b"")

    # Valid UTF-8 with non-ASCII in it is almost never an accident, whatever a <meta> tag claims.
    text = _strict_utf8(data)
    if text is not None:
        return _check_text(text), "utf-8"

    declared = _declared_charset(data[:4096])
    candidates = [canonical_encoding(declared.group(1).decode("ascii", "ignore"))] if declared else []
    scored: list[tuple[float, int, str, str]] = []

    def consider(encodings) -> None:
        for encoding in encodings:
            if any(encoding == s[2] for s in scored):
                continue
            try:
                text = data.decode(encoding)
            except (UnicodeDecodeError, LookupError):
                continue
            # Earlier candidates win ties: a declared charset, then GB18030, then Big5, then the detector's.
            scored.append((plausibility(text[:8192]), -len(scored), encoding, text))

    consider(candidates + ["gb18030", "big5hkscs"])
    if not scored or max(scored)[0] < 0.9:  # the detector is slow: ask it only when the obvious ones fail
        best = from_bytes(data[:65536]).best()
        if best is not None and best.encoding:
            consider([canonical_encoding(best.encoding)])
    if scored:
        _, _, encoding, text = max(scored)
        return _check_text(text), encoding
    return _check_text(data.decode("gb18030", errors="replace")), "gb18030"


@lru_cache(maxsize=1)
def common_hanzi() -> frozenset[str]:
    """The everyday characters of both scripts: GB2312 level 1 and Big5's frequently used block."""
    chars = set()
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for hi in range(0xA4, 0xC7):
        for lo in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            try:
                chars.add(bytes((hi, lo)).decode("big5"))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


def char_ranges(chars) -> str:
    """The body of a regex character class holding exactly `chars`, as runs of consecutive code points."""
    points = sorted(set(map(ord, chars)))
    runs, start = [], 0
    for i in range(1, len(points) + 1):
        if i == len(points) or points[i] != points[i - 1] + 1:
            first, last = chr(points[start]), chr(points[i - 1])
            runs.append(re.escape(first) + ("-" + re.escape(last) if last != first else ""))
            start = i
    return "".join(runs)


@lru_cache(maxsize=1)
def _implausible() -> re.Pattern:
    """Any character that is not ASCII, CJK punctuation, a full-width form or an everyday hanzi."""
    plausible = r"\x00-\x7e\u3000-\u303f\uff00-\uffef" + char_ranges(common_hanzi() | set("“”‘’—…·"))
    return re.compile(f"[^{plausible}]")


def plausibility(text: str) -> float:
    """Share of characters a Chinese document is made of: ASCII, CJK punctuation, everyday hanzi."""
    if not text:
        return 0.0
    # One regex pass in C instead of a set lookup per character: what is left are the plausible ones.
    return len(_implausible().sub("", text)) / len(text)


def _strict_utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A copy cut off in the middle of a character loses that character, not the document.
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return data[: exc.start].decode("utf-8", errors="strict")
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4 or b"\x00" not in sample:  # no NUL at all is the common case, found by memchr
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    # Text with ASCII in it (digits, newlines, punctuation) has NULs in every other byte; CJK-only
    # UTF-16 without a BOM is left to charset-normalizer.
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _check_text(text: str) -> str:
    if not text:
        return text
    # In UTF-8 a control character is one byte and no other character has a byte below 0x80; bytes.translate
    # counts them in C, faster than a regex over the characters.
    controls = len(text[:20000].encode("utf-8", "surrogatepass").translate(None, NOT_CONTROL_BYTES))
    if controls / min(len(text), 20000) > BINARY_CONTROL_SHARE:
        raise DecodeError(
            "binary content: no text could be decoded (too many control bytes); if it is a scanned or "
            "office document, convert it to text or HTML first"
        )
    return text
