"""decode_bytes: bytes → (text, encoding) for the encodings government web copies arrive in."""

from __future__ import annotations

import codecs
import random

import pytest

from gongkai.tasks.document.decode import DecodeError, canonical_encoding, decode_bytes, plausibility

REPORT = (
    "宁安县人力资源和社会保障局2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2021年，我局全年主动公开政府信息287条，受理政府信息公开申请9件，均在法定期限内答复。\n"
    "二、存在的主要问题及改进情况\n"
    "政策解读形式较为单一，下一步将推出图解和视频解读。\n"
)

# ASCII-rich text: digits, Latin letters and newlines give UTF-16 its tell-tale NUL in every other byte.
ASCII_RICH = (
    "Index No. 11231000MB0123456P/2021-00018\n"
    "Publish date: 2021-01-26\n"
    "宁安县2021年政府信息公开工作年度报告\n"
    "全年主动公开政府信息287条，办结申请9件。\n"
)

TRADITIONAL = (
    "乾安縣人民政府二零二一年政府資訊公開工作年度報告\n"
    "依據《中華人民共和國政府資訊公開條例》規定，現將本縣二零二一年政府資訊公開工作情況報告如下。\n"
    "一、總體情況\n"
    "本年度本縣共主動公開政府資訊四百一十二條，其中規範性文件七件。全年受理政府資訊公開申請二十三件，均於法定期限內答覆。\n"
)

SIMPLIFIED_GB = (
    "某某县住房和城乡建设局2020年政府信息公开工作年度报告\n"
    "根据《中华人民共和国政府信息公开条例》要求，现将本局2020年政府信息公开工作情况报告如下。\n"
    "一、总体情况\n"
    "本年度我局共主动公开政府信息356条，其中规范性文件4件。全年共受理政府信息公开申请17件，均在法定期限内答复。\n"
)


def test_plain_utf8():
    assert decode_bytes(REPORT.encode("utf-8")) == (REPORT, "utf-8")


def test_utf8_with_bom_drops_the_bom():
    text, encoding = decode_bytes(codecs.BOM_UTF8 + REPORT.encode("utf-8"))
    assert text == REPORT
    assert not text.startswith("\ufeff")
    assert encoding == "utf-8-bom"


@pytest.mark.parametrize(
    "bom, codec",
    [
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_utf16_with_bom(bom, codec):
    text, encoding = decode_bytes(bom + REPORT.encode(codec))
    assert text == REPORT
    assert encoding == "utf-16"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_ascii_rich(codec):
    data = ASCII_RICH.encode(codec)
    assert not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    assert decode_bytes(data) == (ASCII_RICH, codec)


@pytest.mark.parametrize(
    "bom, codec",
    [
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_utf32_with_bom(bom, codec):
    # UTF-32-LE's BOM starts with UTF-16-LE's: it must not be read as UTF-16.
    text, encoding = decode_bytes(bom + REPORT.encode(codec))
    assert text == REPORT
    assert encoding == "utf-32"


def test_gb18030_report():
    text, encoding = decode_bytes(SIMPLIFIED_GB.encode("gb18030"))
    assert text == SIMPLIFIED_GB
    assert encoding == "gb18030"


def test_gbk_bytes_are_reported_as_gb18030():
    text, encoding = decode_bytes(REPORT.encode("gbk"))
    assert text == REPORT
    assert encoding == "gb18030"


def test_gb18030_single_title_line():
    title = "乾安县人民政府办公室关于印发2021年政务公开工作要点的通知"
    assert decode_bytes(title.encode("gb18030")) == (title, "gb18030")


@pytest.mark.parametrize(
    "text",
    [
        TRADITIONAL,
        "本機關政府資訊公開工作年度報告",
        "規範性文件清理結果已於網站公告，民眾可於資訊公開專區查閱。",
    ],
)
def test_big5_decodes_to_the_original_traditional_text(text):
    # The trap: Big5 bytes are mostly valid GB18030 too, so "UTF-8, else GB18030" garbles them.
    data = text.encode("big5")
    garbled = data.decode("gb18030", errors="replace")
    assert garbled != text  # the naive rule really would be wrong here
    decoded, encoding = decode_bytes(data)
    assert decoded == text
    assert encoding in ("big5", "big5hkscs", "cp950")


@pytest.mark.parametrize("cut", [1, 2])
def test_utf8_truncated_inside_last_character_keeps_the_rest(cut):
    data = REPORT.rstrip("\n").encode("utf-8")[:-cut]  # the last character, 。, is three bytes
    text, encoding = decode_bytes(data)
    assert encoding == "utf-8"
    assert text == REPORT.rstrip("\n")[:-1]
    assert "\ufffd" not in text


def test_utf8_invalid_in_the_middle_is_not_treated_as_truncation():
    # Only a cut at the very end is forgiven; a broken sequence mid-file means it is not UTF-8.
    data = REPORT.encode("utf-8")
    broken = data[:10] + data[11:]
    text, encoding = decode_bytes(broken)
    assert encoding != "utf-8"


def test_stray_nul_bytes_are_removed():
    data = REPORT.encode("utf-8")
    # A few NULs scattered between characters, far below the binary threshold.
    data = data[:3] + b"\x00" + data[3:30] + b"\x00" + data[30:]
    text, encoding = decode_bytes(data)
    assert "\x00" not in text
    assert text == REPORT
    assert encoding == "utf-8"


def test_binary_blob_raises_decode_error():
    rng = random.Random(20210126)
    blob = bytes(rng.choice((0, 0, 0, rng.randrange(256))) for _ in range(4096))
    with pytest.raises(DecodeError) as info:
        decode_bytes(blob)
    assert str(info.value).startswith("binary content")


def test_control_byte_soup_without_nuls_raises_decode_error():
    data = bytes(range(1, 9)) * 50 + "政府信息公开".encode()
    with pytest.raises(DecodeError) as info:
        decode_bytes(data)
    assert str(info.value).startswith("binary content")


@pytest.mark.parametrize("controls, binary", [(5, False), (6, True)])
def test_binary_threshold_is_five_percent_control_characters(controls, binary):
    data = b"a" * (100 - controls) + b"\x01" * controls
    if binary:
        with pytest.raises(DecodeError):
            decode_bytes(data)
    else:
        assert decode_bytes(data)[0] == data.decode("ascii")


def test_only_the_first_20000_characters_are_checked_for_control_characters():
    data = "政".encode() * 20000 + b"\x01" * 5000
    assert decode_bytes(data)[0].endswith("\x01")


@pytest.mark.parametrize(
    "text, share",
    [
        ("政府abc", 1.0),
        ("政府\U00020000", 2 / 3),
        ("\x7f", 0.0),
        ("“政府”—…·", 1.0),
        ("ㄅ", 0.0),
        ("々", 1.0),
        ("", 0.0),
    ],
)
def test_plausibility_is_the_share_of_chinese_document_characters(text, share):
    assert plausibility(text) == share


def test_decode_error_is_a_value_error():
    assert issubclass(DecodeError, ValueError)


def test_html_meta_charset_gbk():
    page = (
        '<!DOCTYPE html>\n<html><head><meta charset="gbk"><title>政府信息公开年报</title></head>'
        "<body><div id=\"zoom\"><p>本年度共收到政府信息公开申请十二件，全部按期答复。</p></div></body></html>"
    )
    text, encoding = decode_bytes(page.encode("gbk"))
    assert text == page
    assert encoding == "gb18030"


def test_html_http_equiv_charset_gb2312():
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>'
        "<body><p>全年主动公开政府信息三百条。</p></body></html>"
    )
    text, encoding = decode_bytes(page.encode("gb2312"))
    assert text == page
    assert encoding == "gb18030"


def test_lying_declaration_is_ignored_when_bytes_do_not_decode_with_it():
    # Declares UTF-8, but the bytes are GBK: strict UTF-8 fails, so the declaration must not win.
    page = '<html><head><meta charset="utf-8"></head><body><p>' + SIMPLIFIED_GB + "</p></body></html>"
    text, encoding = decode_bytes(page.encode("gbk"))
    assert text == page
    assert encoding == "gb18030"


@pytest.mark.parametrize(
    "name, expected",
    [
        ("GBK", "gb18030"),
        ("gb2312", "gb18030"),
        ("cp936", "gb18030"),
        ("big5", "big5hkscs"),
        ("UTF8", "utf-8"),
        ("ascii", "utf-8"),
        ("no-such-charset", "no-such-charset"),
    ],
)
def test_canonical_encoding(name, expected):
    assert canonical_encoding(name) == expected


def test_empty_bytes_do_not_crash():
    try:
        text, _ = decode_bytes(b"")
    except DecodeError:
        return
    assert text == ""
