"""Bytes → text, with the encoding that was used.

Order (first that applies wins):
1. a byte-order mark (UTF-32 before UTF-16, whose BOM is a prefix of UTF-32-LE's);
2. UTF-16 without a BOM, recognised by NUL bytes in alternate positions;
3. a charset declared by an HTML `<meta>` or XML declaration, if the bytes decode strictly with it;
4. strict UTF-8 (a multi-byte sequence truncated at the very end is dropped, not fatal);
5. charset-normalizer's best guess; GBK/GB2312 are always decoded as GB18030, their superset;
6. GB18030 with replacement characters, which later show up as unrecoverable spans.

Stray NUL bytes in an otherwise textual file are removed; a file with many control bytes is binary.
"""

from __future__ import annotations

import codecs
import re

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
SUPERSETS = {"gbk": "gb18030", "gb2312": "gb18030", "cp936": "gb18030", "hz": "gb18030",
             "big5": "big5hkscs", "cp950": "big5hkscs", "ascii": "utf-8"}
DECLARED_CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
BINARY_CONTROL_SHARE = 0.05


def canonical_encoding(name: str) -> str:
    try:
        name = codecs.lookup(name).name
    except LookupError:
        return name.lower()
    return SUPERSETS.get(name, name)


def decode_bytes(data: bytes) -> tuple[str, str]:
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
            "or office document, convert it to text or HTML first")
    if nul_share:
        data = data.replace(b"\x00", b"")

    declared = DECLARED_CHARSET.search(data[:4096])
    if declared:
        encoding = canonical_encoding(declared.group(1).decode("ascii", "ignore"))
        try:
            return _check_text(data.decode(encoding)), encoding
        except (UnicodeDecodeError, LookupError):
            pass  # the declaration lies more often than the bytes do

    text = _strict_utf8(data)
    if text is not None:
        return _check_text(text), "utf-8"

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        encoding = canonical_encoding(best.encoding)
        try:
            return _check_text(data.decode(encoding)), encoding
        except (UnicodeDecodeError, LookupError):
            pass
    return _check_text(data.decode("gb18030", errors="replace")), "gb18030"


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
    if len(sample) < 4:
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
    controls = sum(1 for ch in text[:20000] if ch < " " and ch not in "\t\n\r\f\x0b")
    if controls / min(len(text), 20000) > BINARY_CONTROL_SHARE:
        raise DecodeError(
            "binary content: no text could be decoded (too many control bytes); if it is a scanned or "
            "office document, convert it to text or HTML first")
    return text
