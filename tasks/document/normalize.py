"""Normalize: decoded text → the document a person would read, with every repair counted.

Steps, always in this order (each one counts what it changed in `Normalized.repairs`):

 1. markup      HTML/Markdown to text; stray tags (`</font>`) and entities (`&nbsp;`) in text files
 2. mojibake    UTF-8 read as GBK repaired by a strict GB18030 round trip, UTF-8 read as Latin-1/cp1252 by
                ftfy, accepted only when the result reads more like Chinese; first, because the damaged
                bytes include NBSP, soft hyphens and full-width letters that later steps would change
 3. controls    zero-width, bidi and other control characters removed; NBSP, U+3000 and other spaces → " "
 4. width       full-width digits/letters, ％, Kangxi and simplified CJK radicals → their ordinary forms (no
                blanket NFKC); before the span cutter, which must see ⼀ as the hanzi 一
 5. pinyin      "(wù)" after a character removed when it is a reading of that character (pypinyin knows);
                before the span cutter, so that 務(wù)?務 is judged as 務?務 on the first pass already
 6. dropped     unrecoverable spans (锟斤拷, U+FFFD, "?" clusters from lost characters, runs of characters that
                no Chinese text is made of — mojibake of mojibake) cut and replaced by 〓, each kept in
                `dropped_spans` for the quarantine
 7. script      detected on the text so far; Traditional → Simplified with OpenCC t2s + a domain phrase map
 8. chrome      page furniture lines (breadcrumbs, 字号, 扫一扫…, browser warnings) dropped
 9. metadata    索引号/发布机构/… blocks parsed into `metadata` and removed from the body
10. whitespace  lines stripped, runs of blank lines collapsed

Pinyin goes before script conversion because OpenCC can change the character a reading belongs to.
Normalisation is idempotent: normalizing its own output changes nothing.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import chain

import ftfy
import opencc
from pypinyin import Style, pinyin

from gongkai.tasks.document.decode import char_ranges, common_hanzi
from gongkai.tasks.document.html import html_to_text, markdown_to_text
from gongkai.tasks.document.scan import first_characters, positions
from gongkai.tasks.rules.chrome import CHROME_LINE_STARTS, FILINGS, GLUED_ENDINGS
from gongkai.tasks.rules.metadata_keys import METADATA_KEYS

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
LOST = "〓"


@dataclass
class Normalized:
    text: str
    script: str
    metadata: dict = field(default_factory=dict)
    repairs: Counter = field(default_factory=Counter)
    dropped_spans: list[str] = field(default_factory=list)

    @cached_property
    def doc_id(self) -> str:
        return content_id(self.text)


def content_id(text: str) -> str:
    """Identity of a document's content: layout whitespace (blank lines, indentation) does not count, so a
    Markdown copy with blank lines between blocks is the same document as its plain-text copy."""
    # str.split() splits at exactly the characters `\s` matches, faster than a regex substitution.
    return hashlib.sha256("".join(text.split()).encode("utf-8")).hexdigest()[:16]


def normalize(text: str, text_format: str = "txt") -> Normalized:
    repairs: Counter = Counter()
    dropped: list[str] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = strip_markup(text, text_format, repairs)
    text = repair_mojibake(text, repairs)
    text = strip_controls(text, repairs)
    text = fix_width(text, repairs)
    text = strip_pinyin(text, repairs)
    text = cut_unrecoverable(text, repairs, dropped)
    script = detect_script(text, repairs["pinyin_annotations"])
    if script != "simplified":
        text = to_simplified(text, repairs)
    text = drop_chrome(text, repairs)
    text, metadata = extract_metadata(text, repairs)
    text = tidy_whitespace(text)
    return Normalized(text, script, metadata, repairs, dropped)


# 1. markup ---------------------------------------------------------------------------------------------------
STRAY_TAG = re.compile(
    r"</?(?:font|span|p|div|b|strong|em|i|u|a|br|img|o:p|st1:[a-z]+|table|tr|td|th|tbody|"
    r"center|h[1-6]|li|ul|ol|sup|sub)\b[^<>]{0,200}?/?>"
    # a closing tag whose "<" was lost with the characters before it (checked in _strip_tag)
    r"|/(?:font|span|p|div|b|strong|em|a)>",
    re.I,
)
ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")


def strip_markup(text: str, text_format: str, repairs: Counter) -> str:
    if text_format == "html":
        repairs["html_pages"] += 1
        text = html_to_text(text)
    elif text_format == "md":
        text = markdown_to_text(text)

    def strip_tag(m: re.Match) -> str:
        tag = m.group(0)
        if (
            tag[0] == "/"
            and m.start()
            and (text[m.start() - 1].isascii() and text[m.start() - 1].isalnum() or text[m.start() - 1] == "<")
        ):
            return tag  # a path or URL, not a tag that lost its "<"
        repairs["stray_tags"] += 1
        return "\n" if tag.lower().startswith(("<br", "<p", "</p")) else ""

    if ">" in text:  # every stray tag ends with one: most plain texts are skipped by a memchr
        text = STRAY_TAG.sub(strip_tag, text)
    entities = len(ENTITY.findall(text)) if "&" in text else 0
    if entities:
        text = html.unescape(text)
        repairs["entities"] += entities
    return text


# 2. mojibake -------------------------------------------------------------------------------------------------
_LATIN1_LEAD, _LATIN1_TRAIL = "[\u00c0-\u00ff]", "[\u0080-\u00bf\u0152-\u0192\u02c6-\u02dc\u2013-\u2122]"
LATIN1_MOJIBAKE = re.compile(_LATIN1_LEAD + _LATIN1_TRAIL)
NON_ASCII_RUN = re.compile(r"[^\x00-\x7f\s，。、；：！？“”‘’（）《》【】〔〕]+")


@lru_cache(maxsize=65536)
def is_common_hanzi(ch: str) -> bool:
    """GB2312 level-1 hanzi: the 3,755 everyday characters. Mojibake is mostly made of rarer ones."""
    try:
        encoded = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(encoded) == 2 and 0xB0 <= encoded[0] <= 0xD7


def chinese_score(text: str) -> float:
    hanzi = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    if not hanzi:
        return 0.0
    return sum(map(is_common_hanzi, hanzi)) / len(hanzi) - text.count("\ufffd") / max(len(text), 1)


@lru_cache(maxsize=1)
def _odd_class() -> str:
    """Characters no Chinese document is made of: hanzi outside everyday use in both scripts, private-use
    code points, U+FFFD. Runs of them are mojibake of mojibake."""
    common = common_hanzi()
    odd = char_ranges(chr(c) for c in range(0x4E00, 0xA000) if chr(c) not in common)
    # Cyrillic and Greek letters come out of GBK mojibake too (GBK encodes them); 锟 out of 锟斤拷.
    return odd + "\ue000-\uf8ff\ufffd\u0370-\u03ff\u0400-\u04ff锟"


_ODD = f"[{_odd_class()}]"
ODD_CHAR = re.compile(_ODD)
# Spelled as two classes, not [...]{2}: a pattern that starts with a class lets the regex engine skip ahead.
ODD_PAIR = re.compile(_ODD + _ODD)
# Where an ODD_PAIR or a LATIN1_MOJIBAKE match starts, in one scan instead of two: the pattern starts with a class
# of both first characters, and a lookbehind tells which one it met.
MOJIBAKE_START = re.compile(f"[{_odd_class()}\u00c0-\u00ff](?:(?<={_ODD}){_ODD}|(?<={_LATIN1_LEAD}){_LATIN1_TRAIL})")


def repair_mojibake(text: str, repairs: Counter) -> str:
    if not MOJIBAKE_START.search(text):
        return text

    def gbk_round_trip(m: re.Match) -> str:
        run = m.group(0)
        visible = INVISIBLE.sub("", run)  # a zero-width character inside a run was never one of its bytes
        if len(visible) < 2:
            return run
        try:
            # Short runs must round-trip exactly; longer ones may have lost a byte at an edge.
            fixed = visible.encode("gb18030").decode("utf-8", errors="strict" if len(visible) < 4 else "replace")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return run
        # Genuine Chinese re-encoded is almost never valid UTF-8: most runs stop here, cheaply.
        if fixed.count("\ufffd") > max(1, len(fixed) // 10):
            return run
        if chinese_score(fixed) > chinese_score(visible) + 0.3:
            repairs["mojibake_gbk"] += 1
            repairs["control_chars"] += len(run) - len(visible)
            return fixed
        return run

    if ODD_PAIR.search(text):  # UTF-8 read as GBK is made of characters neither script uses every day
        text = NON_ASCII_RUN.sub(gbk_round_trip, text)
    if LATIN1_MOJIBAKE.search(text):
        fixed = ftfy.fix_encoding(text)
        if fixed != text and chinese_score(fixed) >= chinese_score(text):
            repairs["mojibake_latin1"] += 1
            text = fixed
    return text


# 3. controls -------------------------------------------------------------------------------------------------
_INVISIBLE = "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\x00-\x08\x0b\x0e-\x1f\x7f"
_ODD_SPACE = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\x0c"
INVISIBLE = re.compile(f"[{_INVISIBLE}]")
ODD_SPACE = re.compile(f"[{_ODD_SPACE}]")
_LINE_SEPARATORS = "\u2028\u2029"
CONTROL_SPACE_OR_SEPARATOR = re.compile(f"[{_INVISIBLE}{_ODD_SPACE}{_LINE_SEPARATORS}]")


def strip_controls(text: str, repairs: Counter) -> str:
    controls = spaces = 0
    if CONTROL_SPACE_OR_SEPARATOR.search(text):  # one scan clears a text that has none of them
        text = text.replace("\u2028", "\n").replace("\u2029", "\n")
        text, controls = INVISIBLE.subn("", text)
        text, spaces = ODD_SPACE.subn(" ", text)
    repairs["control_chars"] += controls
    repairs["odd_spaces"] += spaces
    return text


# 4. width ----------------------------------------------------------------------------------------------------
WIDTH_MAP = {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}  # ０-９
WIDTH_MAP.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
WIDTH_MAP.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)})  # ａ-ｚ
WIDTH_MAP["％"] = "%"
WIDTH_MAP["．"] = "."
# Kangxi radicals and CJK radical supplements come out of PDF text layers instead of the ideographs.
WIDTH_MAP.update({chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0x2F00, 0x2FD6)})
WIDTH_MAP.update(
    {
        chr(c): unicodedata.normalize("NFKC", chr(c))
        for c in range(0x2E80, 0x2EF4)
        if unicodedata.normalize("NFKC", chr(c)) != chr(c)
    }
)
# NFKC leaves the simplified-form radicals alone; PDF text layers use them for these everyday characters.
WIDTH_MAP.update(
    dict(
        zip("⺰⻅⻆⻈⻉⻋⻐⻓⻔⻙⻚⻛⻜⻠⻢⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳", "纟见角讠贝车钅长门韦页风飞饣马鱼鸟卤麦黄黾齐齿龙龟")
    )
)
WIDTH_RE = re.compile("[" + "".join(map(re.escape, WIDTH_MAP)) + "]")


def fix_width(text: str, repairs: Counter) -> str:
    text, n = WIDTH_RE.subn(lambda m: WIDTH_MAP[m.group(0)], text)
    repairs["width_chars"] += n
    return text


# 5. pinyin annotations ---------------------------------------------------------------------------------------
PINYIN_LETTERS = "a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
# Found by their brackets (a fast scan: the pattern starts with the bracket class, not a group), then checked
# against the character before them.
ANNOTATION_OPENS = "(（"
_ANNOTATION = rf"[{ANNOTATION_OPENS}][{PINYIN_LETTERS}]{{1,7}}[)）]"
ANNOTATION_RUN = re.compile(rf"{_ANNOTATION}(?:{_ANNOTATION})*")
CJK_CHAR = re.compile(rf"[{CJK}]")
SYLLABLE = re.compile(rf"[(（]([{PINYIN_LETTERS}]+)[)）]")


@lru_cache(maxsize=65536)
def readings(ch: str) -> frozenset[str]:
    toned = pinyin(ch, style=Style.TONE, heteronym=True)[0]
    plain = pinyin(ch, style=Style.NORMAL, heteronym=True)[0]
    return frozenset(r.lower() for r in toned + plain if r != ch)


@lru_cache(maxsize=65536)
def is_reading(ch: str, annotations: str) -> bool:
    """`ch` is a hanzi and every syllable of `annotations` ("(wù)", "(zheng)(zheng)") is one of its readings.
    Cached: an annotated page repeats the same characters and readings many times."""
    if not CJK_CHAR.match(ch):
        return False
    known = readings(ch)
    return all(s.lower().replace("v", "ü") in known or s.lower() in known for s in SYLLABLE.findall(annotations))


def strip_pinyin(text: str, repairs: Counter) -> str:
    # Most texts have no annotation: tried at each bracket (found by str.find, gongkai.tasks.document.scan), the pattern says so
    # sooner than a scan of the whole text.
    if not any(ANNOTATION_RUN.match(text, at) for at in positions(text, ANNOTATION_OPENS)):
        return text

    def strip(m: re.Match) -> str:
        if m.start() and is_reading(text[m.start() - 1], m.group(0)):
            repairs["pinyin_annotations"] += 1
            return ""
        return m.group(0)

    return ANNOTATION_RUN.sub(strip, text)


# 6. unrecoverable spans --------------------------------------------------------------------------------------
UNRECOVERABLE = re.compile(
    r"(?P<line>^[ \t]*\?+[ \t]*(?:\n|$))"  # a line of nothing but lost characters
    r"|(?:锟斤拷|烫烫烫|屯屯屯)+"  # GBK-decoded U+FFFD and MSVC fill bytes
    r"|[\ufffd]+(?:[^\s\ufffd]{0,3}\ufffd+)*"  # replacement characters, with the debris between them
    r"|\?(?:[^\s?]{0,6}\?)+"  # "?qū)嵤?": characters lost in a lossy copy
    rf"|(?<=[{CJK}])\?(?=[{CJK}])",  # a lone "?" inside a word
    re.M,
)


MIN_GIBBERISH = 6


def gibberish_spans(line: str) -> list[tuple[int, int]]:
    """Stretches where odd characters keep coming (2 in the next 6, or 1 in the next 3), at least 6 long
    and mostly odd."""
    odd = [bool(ODD_CHAR.match(ch)) or ch == LOST for ch in line]
    spans, i = [], 0
    while i < len(line):
        if not odd[i]:
            i += 1
            continue
        j = last = i
        while j + 1 < len(line) and (sum(odd[j + 1 : j + 7]) >= 2 or any(odd[j + 1 : j + 4])):
            j += 1
            if odd[j]:
                last = j
        if last + 1 - i >= MIN_GIBBERISH and sum(odd[i : last + 1]) > 0.5 * (last + 1 - i):
            spans.append((i, last + 1))
        i = last + 1
    return spans


_LOSS_MARK = "[?\ufffd锟烫屯]"
LOSS_MARKS = re.compile(_LOSS_MARK)
# Where an ODD_PAIR or a LOSS_MARKS match starts, in one scan instead of two (as MOJIBAKE_START).
LOSS_START = re.compile(f"[{_odd_class()}?\ufffd锟烫屯](?:(?<={_LOSS_MARK})|(?<={_ODD}){_ODD})")


def cut_unrecoverable(text: str, repairs: Counter, dropped: list[str]) -> str:
    if not LOSS_START.search(text):
        return text

    def cut(m: re.Match) -> str:
        dropped.append(m.group(0).strip())
        repairs["dropped_spans"] += 1
        return "" if m.group("line") else LOST

    if ODD_PAIR.search(text):
        lines = text.split("\n")
        for n, line in enumerate(lines):
            if ODD_PAIR.search(line):
                for start, end in reversed(gibberish_spans(line)):
                    dropped.append(line[start:end])
                    repairs["dropped_spans"] += 1
                    line = line[:start] + LOST + line[end:]
                lines[n] = line
        text = "\n".join(lines)
    return UNRECOVERABLE.sub(cut, text) if LOSS_MARKS.search(text) else text


# 7. script ---------------------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def t2s(text: str) -> str:
    """The one place the OpenCC converter is called."""
    return _t2s().convert(text)


# Taiwan-phrased mirrors use other words for the same things; applied after t2s, to converted text only.
DOMAIN_PHRASES = {
    "规范性档案": "规范性文件",
    "资讯公开": "信息公开",
    "政府资讯": "政府信息",
    "公开资讯": "公开信息",
    "资讯": "信息",  # after the compounds above: in a Taiwan-phrased copy 資訊 is always 信息
    "网路": "网络",
    "行政诉愿": "行政复议",
}
DOMAIN_PHRASE_RE = re.compile("|".join(map(re.escape, DOMAIN_PHRASES)))
HANZI_RUN = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff]*")  # X X*, as traditional_only()


@lru_cache(maxsize=65536)
def is_traditional_only(ch: str) -> bool:
    """A hanzi that t2s changes and that Simplified text cannot contain (it is outside GB2312).

    乾 is changed by t2s (to 干) but is a valid Simplified character (乾安县, 乾坤): it proves nothing."""
    if t2s(ch) == ch:
        return False
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return True
    return False


@lru_cache(maxsize=1)
def traditional_only() -> re.Pattern:
    """Runs of Traditional-only hanzi (built once per process, ~0.1 s)."""
    hanzi = f"[{re.escape(''.join(chr(c) for c in range(0x4E00, 0xA000) if is_traditional_only(chr(c))))}]"
    return re.compile(hanzi + hanzi + "*")  # spelled X X*: a pattern that starts with a class is scanned fast


MIN_TRADITIONAL, TRACE_SHARE = 3, 0.005


def detect_script(text: str, pinyin_annotations: int) -> str:
    """simplified / traditional / traditional_pinyin / mixed, from the share of Traditional-only hanzi."""
    sample = text[:40000]
    if not traditional_only().search(sample):  # the common case, decided by one regex scan
        return "simplified"
    # A trace of Traditional-only hanzi in a Simplified page is a name written with its variant (东崑, 於潜), not
    # a mixed script: it takes at least MIN_TRADITIONAL of them or
    # TRACE_SHARE of the hanzi.
    traditional = _count(traditional_only(), sample)
    if traditional < MIN_TRADITIONAL and traditional < TRACE_SHARE * _count(HANZI_RUN, sample):
        return "simplified"
    if _traditional_share_below(sample, 0.05):
        return "mixed"
    return "traditional_pinyin" if pinyin_annotations >= 3 else "traditional"


def _traditional_share_below(sample: str, share: float) -> bool:
    """Traditional-only hanzi are less than `share` of the hanzi. There are no more hanzi than characters, so
    when the first quarter of the sample alone has that share of all its characters, the answer is no without
    counting the rest: a Traditional page has its Traditional hanzi everywhere."""
    if _count(traditional_only(), sample[: len(sample) // 4]) / len(sample) >= share:
        return False
    return _count(traditional_only(), sample) / max(1, _count(HANZI_RUN, sample)) < share


def _count(runs: re.Pattern, text: str) -> int:
    """How many characters of `text` are in matches of `runs`: deleted rather than listed, a run at a time."""
    return len(text) - len(runs.sub("", text))


def changed_chars(before: str, after: str) -> int:
    """How many positions, up to the shorter length, hold different characters.

    Counted on whole strings, several times faster than comparing character by character in Python: the
    UTF-32 forms of both, XORed as one integer, have a non-zero 4-byte lane exactly where they differ; each
    lane's bytes are ORed into its lowest one (code points fit in 3 bytes), and the zero lowest bytes counted."""
    n = min(len(before), len(after))
    diff = _utf32_int(before[:n]) ^ _utf32_int(after[:n])
    diff |= diff >> 8 | diff >> 16
    return n - diff.to_bytes(4 * n, "little")[0::4].count(0)


def _utf32_int(text: str) -> int:
    return int.from_bytes(text.encode("utf-32-le", "surrogatepass"), "little")


def to_simplified(text: str, repairs: Counter) -> str:
    converted = t2s(text)
    repairs["t2s_chars"] += changed_chars(text, converted)
    converted, n = DOMAIN_PHRASE_RE.subn(lambda m: DOMAIN_PHRASES[m.group(0)], converted)
    repairs["domain_phrases"] += n
    return converted


# 8. page chrome ----------------------------------------------------------------------------------------------
_CHROME_START = "|".join(CHROME_LINE_STARTS)
CHROME_LINE = re.compile(rf"^(?:{_CHROME_START}|.*(?:{'|'.join(FILINGS)}).*)$")
# What a chrome start (on a stripped line) can begin with, computed from the lexicon.
CHROME_FIRST_CHARS = first_characters(_CHROME_START)
# The lines CHROME_LINE can match, each with the line break before it, found in one scan of "\n" + text instead
# of a regex call per line: those where a chrome start follows the indentation, and those naming a filing.
# The first lookahead turns most lines away at their first character, before the alternatives are tried.
CHROME_START_LINE = re.compile(rf"\n(?=[^\S\n]*[{re.escape(CHROME_FIRST_CHARS)}])(?=[^\S\n]*(?:{_CHROME_START}))[^\n]*")
FILING_LINE = re.compile(rf"\n[^\n]*(?:{'|'.join(FILINGS)})[^\n]*")
# Chrome glued to the end of a line, over the whole text at once ([^\S\n]: spaces that stay within the line).
# The punctuation before it is matched and put back, not looked behind at, so that the scan skips ahead to it.
GLUED_CHROME = re.compile(rf"([。！？!?”」）)])[^\S\n]*(?:{'|'.join(p for _, p in GLUED_ENDINGS)})[^\S\n]*$", re.M)
GLUED_WORDS = tuple(word for word, _ in GLUED_ENDINGS)  # one of them is in every GLUED_CHROME match


# A flattened page puts the whole body on its breadcrumb's line: 当前位置：首页… 标题 时间：2011-04-08 01:46 微信 微博
# QQ空间 正文…. Only the breadcrumb, up to its date and share buttons, is chrome there; without that anchor the line
# is kept whole (losing the body is worse than keeping a breadcrumb).
BREADCRUMB_HEAD = re.compile(
    r"^\s*(?:您?(?:当前|现在)的?(?:所在)?位置|当前位置)[:：].{0,300}?(?:(?:发布)?时间|日期)[:：]\s*"
    r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s*(?:微信|微博|QQ空间|分享到?|字号|[大中小]|打印|关闭)\b)*\s*"
)
LONG_LINE = 200


def drop_chrome(text: str, repairs: Counter) -> str:
    def drop(m: re.Match) -> str:
        stripped = m.group(0).strip()
        if len(stripped) > LONG_LINE and not stripped.startswith("|"):
            head = BREADCRUMB_HEAD.match(stripped)
            if head:
                repairs["chrome_lines"] += 1
                return "\n" + stripped[head.end() :]
            return m.group(0)
        if CHROME_LINE.match(stripped) and not stripped.startswith("|"):
            repairs["chrome_lines"] += 1
            return ""  # the line with the line break before it
        return m.group(0)

    text = CHROME_START_LINE.sub(drop, "\n" + text)  # the "\n" in front stands for the first line's start
    if any(filing in text for filing in FILINGS):
        text = FILING_LINE.sub(drop, text)
    text, n = text[1:], 0
    if any(word in text for word in GLUED_WORDS):  # substring searches are much faster than the regex scan
        text, n = GLUED_CHROME.subn(r"\1", text)
    repairs["chrome_lines"] += n
    return text


# 9. metadata blocks ------------------------------------------------------------------------------------------
_KEY_ALT = "|".join(sorted((r"\s*".join(k) for k in METADATA_KEYS), key=len, reverse=True))
BULLET = r"(?:[-*•·●▪◆]\s*)?"
# Any key spelled backwards, for a block of lines read backwards (key_lines); the spaces a key's spelling allows
# between its characters stop at a line break.
KEY_BACKWARDS = re.compile("|".join(r"[^\S\n]*".join(reversed(key)) for key in METADATA_KEYS))
KEY_VALUE_LINE = re.compile(rf"^{BULLET}({_KEY_ALT})\s*[:：]\s*(.*)$")
KEY_ONLY_LINE = re.compile(rf"^{BULLET}({_KEY_ALT})\s*[:：]?$")
BULLET_VALUE_LINE = re.compile(r"^[-*•·●▪◆]\s*(.+)$")
INLINE_PAIR = re.compile(rf"({_KEY_ALT})\s*[:：]\s*(.+?)(?=\s*(?:{_KEY_ALT})\s*[:：]|\s{{2,}}|$)")
INLINE_CHROME = re.compile(
    r"【[^】]{0,12}】|\[(?:打印|关闭|收藏)\]"
    r"|字\s*号[:：]?\s*[\[【(（]?\s*(?:[大中小]\s*)+[\]】)）]?|(?:打印|关闭|收藏)(?=\s|$)"
    r"|(?:浏览|阅读|访问|点击)(?:次数|量|数)?[:：]\s*\d*"
)
EMPTY_KEY_TAIL = re.compile(rf"(?:\s*(?:{_KEY_ALT})\s*[:：])+\s*$")
MD_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
HEAD_LINES, TAIL_LINES = 45, 12


def _pipe_cells(line: str) -> list[str]:
    """The cells of a pipe row, a merged cell's repeats (colspan) collapsed into one."""
    line = line.strip()
    if not line.startswith("|"):
        return []
    cells = [c.strip() for c in line.strip("|").split("|")]
    return [c for i, c in enumerate(cells) if i == 0 or c != cells[i - 1] or not c]


def _canonical_key(raw: str) -> str:
    return METADATA_KEYS["".join(raw.split())]


def key_lines(lines: list[str], start: int, stop: int) -> list[int]:
    """The numbers of the lines in `lines[start:stop]` that hold a key, in order.

    Found by one scan of those lines joined, each hit's line told by the line breaks before it, and read
    backwards: the regex engine tries a match at every character that can begin one, and the 13 characters keys
    end with (号, 期, 类…) are rarer in running text than the 18 they begin with (日, 时, 文…)."""
    backwards = "\n".join(lines[start:stop])[::-1]
    found: list[int] = []
    line, at = stop - 1, 0  # `at`: where line number `line` ends in the backwards block
    while (m := KEY_BACKWARDS.search(backwards, at)) is not None:
        line -= backwards.count("\n", at, m.start())
        found.append(line)
        at = backwards.find("\n", m.end()) + 1  # a line is listed once, however many keys it holds
        if not at:
            break
        line -= 1
    found.reverse()
    return found


def inline_pairs(line: str) -> list[re.Match]:
    """The key-value pairs INLINE_PAIR finds in a line that holds several; none for a line with fewer than two.

    Each pair has a colon of its own: a line with fewer than two colons (most key lines) is told without the
    pattern, whose lazy value tries every key at each of its characters."""
    if line.count(":") + line.count("：") < 2:
        return []
    pairs = list(INLINE_PAIR.finditer(line))
    return pairs if len(pairs) >= 2 else []


def _key_only(cell: str) -> str:
    """The key of a cell known to be a key-only cell (KEY_ONLY_LINE)."""
    m = KEY_ONLY_LINE.match(cell)
    return m.group(1) if m else cell


def extract_metadata(text: str, repairs: Counter) -> tuple[str, dict]:
    """Parse metadata lines in the head and tail of the page; returns the body without them."""
    lines = text.split("\n")
    meta: dict[str, str | None] = {}
    drop: set[int] = set()
    head_end = min(HEAD_LINES, len(lines))
    zone = chain(key_lines(lines, 0, head_end), key_lines(lines, max(head_end, len(lines) - TAIL_LINES), len(lines)))

    def put(raw_key: str, value: str | None) -> None:
        key = _canonical_key(raw_key)
        value = (value or "").strip() or None
        if key not in meta or meta[key] is None:
            meta[key] = value

    for i in zone:
        line = lines[i].strip()  # not empty: it holds a key
        if i in drop or len(line) > 160:
            continue
        if line.startswith("|"):
            cells = _pipe_cells(line)
            keys = [j for j, c in enumerate(cells) if KEY_ONLY_LINE.match(c)]
            rule = i + 1 < len(lines) and MD_RULE.match(lines[i + 1].strip()) is not None
            below_at = i + 2 if rule else i + 1
            below = _pipe_cells(lines[below_at]) if below_at < len(lines) else []
            if len(keys) == len(cells) and len(below) == len(cells) and not any(KEY_ONLY_LINE.match(c) for c in below):
                for key_cell, cell_value in zip(cells, below):  # a header row of keys over a row of values
                    put(_key_only(key_cell), cell_value)
                drop.update(range(i, below_at + 1))
            elif keys and len(keys) * 2 >= len(cells):
                for j in keys:
                    put(_key_only(cells[j]), cells[j + 1] if j + 1 < len(cells) else None)
                drop.add(i)
            continue
        line = INLINE_CHROME.sub("", line).strip()
        pairs = inline_pairs(line)
        # A key left empty at the end of the row (…发布日期：2021-03-15　文号：) is part of the block, not text.
        if pairs and len(EMPTY_KEY_TAIL.sub("", INLINE_PAIR.sub("", line)).strip(" |;；,，")) <= 2:
            for pair in pairs:
                put(pair.group(1), pair.group(2))
            drop.add(i)
            continue
        key_value = KEY_VALUE_LINE.match(line)
        # "- 发布机构：" with its value on the next bullet is handled as a key-only line
        if key_value and key_value.group(2).strip() and (line[0] in "-*•·●▪◆" or len(key_value.group(2)) <= 80):
            put(key_value.group(1), key_value.group(2))
            drop.add(i)
            continue
        m = KEY_ONLY_LINE.match(line)
        if m:
            drop.add(i)
            nxt = i + 1
            if nxt < len(lines) and lines[i].lstrip()[:1] in "-*•·●▪◆":
                bullet = BULLET_VALUE_LINE.match(lines[nxt].strip())
                if (
                    bullet
                    and not KEY_ONLY_LINE.match(lines[nxt].strip())
                    and not KEY_VALUE_LINE.match(lines[nxt].strip())
                ):
                    put(m.group(1), bullet.group(1))
                    drop.add(nxt)
                    continue
            put(m.group(1), None)
    repairs["metadata_lines"] += len(drop)
    for i in sorted(drop, reverse=True):  # a few lines: cheaper than filtering all of them
        del lines[i]
    return "\n".join(lines), {k: v for k, v in meta.items() if v}


# 10. whitespace ----------------------------------------------------------------------------------------------
# Spelled with a literal start ("  +", not " {2,}") so that the regex engine can skip ahead to it.
MULTI_SPACE = re.compile(r"  +")
BLANK_RUN = re.compile(r"\n\n\n+")


def tidy_whitespace(text: str) -> str:
    text = "\n".join(map(str.strip, MULTI_SPACE.sub(" ", text).split("\n")))
    return BLANK_RUN.sub("\n\n", text).strip("\n ")
