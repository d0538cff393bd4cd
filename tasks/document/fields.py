"""Extract: who, when, what kind — the document-level fields — and the citations it makes.

Precedence, most trusted first (each documented where it is decided):
- title:       metadata 标题 → a title-like first line of the body → none.
- agency:      the title's issuer (…关于…) → metadata 发布机构/发文机关 expanded from the title or body when
               abbreviated (市民政局) → the body naming itself in its first paragraph. Names inside 《》 are
               other documents, never the agency. A 局/厅/委 办公室 acts for its bureau and is reported as the
               bureau. A document that never names itself gets null, never an invention.
- report_year: the title's year → the year of the statistics-period sentence (现将…2018年…报告如下) or the
               opening phrase (2019年以来, 2017年，) → publish date minus one for annual reports.
- doc_number:  metadata 发文字号 → a line that is nothing but a 文号 in the head of the document.
               Numbers cited elsewhere (《…》（渝府办发〔2019〕71号）) are citations, not the document's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from gongkai.tasks.document.numerals import chinese_to_number
from gongkai.tasks.document.regions import divisions, resolve_region, trim_to_place
from gongkai.tasks.document.report_tables import detect_era
from gongkai.tasks.document.scan import AnchoredPattern, matches_at, positions
from gongkai.tasks.rules import doc_types
from gongkai.tasks.rules.agencies import (
    ABBREVIATIONS,
    BODY_SUFFIXES,
    CENTRAL_BODY_NAMES,
    COUNTY_RANK_ZONES,
    GOVERNMENT_SUFFIXES,
    INSTITUTION_SUFFIXES,
    NAME_STOPS,
    NON_DIVISION_UNITS,
    PLACE_SUFFIXES,
    SITE_WORDS,
)

YEAR = r"((?:19|20)\d{2})"
PLACE_SUFFIX = "|".join(PLACE_SUFFIXES)
PLACE = rf"(?:[\u4e00-\u9fff]{{1,9}}?(?:{PLACE_SUFFIX}))"
ORG_SUFFIX = f"(?:{'|'.join(BODY_SUFFIXES)})"
# A name begins with a place: a suffix starts one to nine characters after its first character, all of them
# Chinese. The look-ahead (the characters up to the first suffix start, taken possessively, then that start)
# rejects in one pass the positions where no suffix follows, which the lazy PLACE would try nine lengths at
# each; the matches are the same (a property test checks it), found in ~0.4× the time.
SUFFIX_STARTS = "".join(sorted({suffix[0] for suffix in PLACE_SUFFIXES}))
NOT_A_SUFFIX_START = rf"[^{SUFFIX_STARTS}\x00-\u4dff\ua000-\U0010ffff]"  # a Chinese character that starts no suffix
AGENCY_NAME = re.compile(
    rf"(?=[\u4e00-\u9fff]{NOT_A_SUFFIX_START}{{0,8}}+[{SUFFIX_STARTS}]){PLACE}+?[\u4e00-\u9fff]{{0,12}}?{ORG_SUFFIX}"
)
CENTRAL_AGENCY = re.compile("|".join(CENTRAL_BODY_NAMES))
INSTITUTION = re.compile(rf"[\u4e00-\u9fff]{{2,20}}(?:{'|'.join(INSTITUTION_SUFFIXES)})")
ZONE = re.compile("|".join(COUNTY_RANK_ZONES))
TITLE_ISSUER = re.compile(r"^(.{2,40}?)(?:关于|\s*(?:19|20)\d{2}\s*年)")
OPEN_BRACKETS = "〔[【(（"
BRACKETS = f"[{re.escape(OPEN_BRACKETS)}]"
CLOSE_BRACKETS = r"[〕\]】)）]"
DOC_NUMBER = re.compile(
    rf"([\u4e00-\u9fff]{{1,12}}){BRACKETS}\s*((?:19|20)\d{{2}})\s*{CLOSE_BRACKETS}\s*(\d{{1,5}})(号?)"
)
# Scanning for the brackets first is ~10× faster than trying the issuer prefix at every character; and
# finding them with str.find (gongkai.tasks.document.scan) faster still than the regex engine's scan for the class.
NUMBER_CORE = re.compile(rf"{BRACKETS}\s*(?:19|20)\d{{2}}\s*{CLOSE_BRACKETS}\s*\d{{1,5}}号?")
DOC_NUMBER_LINE = re.compile(rf"^{DOC_NUMBER.pattern}$")
CITATION = re.compile(rf"《([^《》\n]{{2,120}})》\s*(?:[(（]\s*{DOC_NUMBER.pattern}\s*[)）])?")
CITED_NAMES = re.compile(r"《[^《》\n]*》")

# Issuers outside the administrative-division tree (the last three are townships, which the tree has).
ZONE_PLACE = re.compile(rf"[\u4e00-\u9fff]{{2,12}}?(?:{'|'.join(NON_DIVISION_UNITS[:-3])})")
SITE_NAME = re.compile("|".join(SITE_WORDS))
OTHER_GENRE_END = re.compile(rf"(?:{'|'.join(doc_types.OTHER_GENRES)})$")
DISCLOSURE_TOPIC = re.compile("|".join(doc_types.DISCLOSURE_TOPIC))
# Characters that never stand inside an agency's name after its place: 青禾区在区委 is a sentence, not a name.
NAME_STOP = re.compile(f"[{NAME_STOPS}]")
# A body a sentence names as the author of a directive it follows is not the issuer.
DIRECTIVE_CONTEXT = re.compile(r"(?:根据|按照|依据|贯彻|落实|执行|转发)[^。\n]{0,4}$")
HEADER_JUNK = re.compile(
    r"^(?:栏目|原文链接|本地目录|页面链接|当前页面|当前位置|您现在|返回|网站支持|=+|>|›|\[|【)|\||>"
)
NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．])")

TITLE_WORDS = re.compile("|".join(doc_types.TITLE_WORDS))
REJECT_TYPES = re.compile("|".join(doc_types.NOT_DISCLOSURE))
ANNUAL = re.compile("|".join(doc_types.ANNUAL_REPORT))
IMPLEMENTATION = re.compile("|".join(doc_types.IMPLEMENTATION_REPORT))
PLAN = re.compile("|".join(doc_types.WORK_PLAN))
SUMMARY = re.compile("|".join(doc_types.WORK_SUMMARY))
# The statutory report's standard first sentence: 本报告根据《条例》…要求编制.
ANNUAL_OPENING = re.compile(
    r"^本(?:年度)?(?:报告|年报)(?:是)?(?:根据|依据|按照)[^。\n]{0,120}?(?:编制|制作|发布)", re.M
)
# The statutory report introduced without its title: 现公布…年度报告 / 编制了…年度报告 / 编制本报告.
ANNUAL_INTRO = re.compile(
    r"(?:公布|编制|制作|形成)[^。\n]{0,60}?(?:年度报告|年报|信息公开工作情况报告|信息公开(?:工作)?报告)"
    r"|(?:编制|形成|完成)本(?:年度)?(?:报告|年报)|政府信息公开工作开展情况[,，]?编制本"
)
# A covering notice without its title: 《X》已经…同意，现印发给你们.
COVERED = re.compile(r"《([^《》\n]{4,80})》[^。\n]{0,30}?印发给你们")
RUN_IN_TITLE = re.compile(
    r"^(.{4,50}?(?:年度报告|年报|工作报告|总结|方案|要点|计划|分工|清单))(?=\1|为|根据|按照|依据|本报告|(?:19|20)\d{2}\s*年)"
)
INTRO_SENTENCE = re.compile(r"现将[^。\n]{0,60}?(?:报告|汇报|总结|公布|通报)如下|基本情况如下|具体情况如下")


@dataclass
class DocumentFields:
    title: str | None = None
    doc_type: str = "other"
    agency: str | None = None
    agency_inferred: bool = False
    region: str | None = None
    admin_level: str | None = None
    report_year: int | None = None
    year_source: str | None = None
    publish_date: str | None = None
    doc_number: str | None = None
    index_no: str | None = None
    format_era: str | None = None
    table_format: str | None = None  # the standard tables' format whose marks the text carries, whatever its type
    flags: list[str] = field(default_factory=list)


# Words that lead up to a 文号 in running text (依据条例和国办公开办函〔2021〕30号) are not part of its issuer
# code. Multi-character lead-ins are cut wherever they stand; a one-character conjunction only inside the
# prefix, because at its start it can be a place (和政县: 和政办发〔2020〕5号).
LEAD_IN = re.compile(r"^.*(?:根据|按照|依据|依照|参照|以及|对照|落实|贯彻|执行|印发)")
CONJUNCTION = re.compile(r"^.+?(?:和|及|与|并|即|见|经|由|对|在|的|是|为)(?=.{2,})")


LIST_CONJUNCTIONS = "和及与并"
LIST_BREAKS = "）)》」】、，,；;"


def issuer_code(prefix: str) -> str:
    """The issuer code of a 文号 found in running text, without the words that lead up to it."""
    return CONJUNCTION.sub("", LEAD_IN.sub("", prefix)) or prefix


def normalize_doc_number(prefix: str, year: str, number: str) -> str:
    """All bracket styles (〔〕 [] 【】 ()) become 〔〕 and the number ends in 号."""
    return f"{prefix}〔{year}〕{number}号"


def find_title(text: str, metadata: dict) -> str | None:
    if metadata.get("title"):
        return metadata["title"]
    # The title is the first title-like line of the head; crawler-header, breadcrumb and menu lines before it
    # are skipped, a 文号 line above it too; the first sentence (or numbered heading) ends the head.
    seen = 0
    for line in text.split("\n", 40)[:40]:
        line = line.strip(" \t|")
        if not line:
            continue
        seen += 1
        if seen > 10 or NUMBERED.match(line):
            return None
        if DOC_NUMBER_LINE.match(line) or HEADER_JUNK.search(line):
            continue
        sentence = re.search(r"[。，,；;：:]", line)
        if len(line) <= 60 and TITLE_WORDS.search(line) and not sentence:
            return line
        if sentence or len(line) > 60:
            return None
    return None


def run_in_title(text: str) -> str | None:
    """A title glued to the body (line breaks lost): 某县2018年政务公开工作要点实施方案为深入贯彻落实…"""
    first = next((line.strip() for line in text.split("\n", 10)[:10] if line.strip()), "")
    first = re.sub(rf"^{DOC_NUMBER.pattern}\s*", "", first)
    m = RUN_IN_TITLE.match(first)
    return m.group(1) if m and not re.search(r"[。，,；;：:《》]", m.group(1)) else None


def is_disclosure_topic(title: str | None, text: str) -> bool:
    return bool(DISCLOSURE_TOPIC.search(title or "") or DISCLOSURE_TOPIC.search(text[:300]))


def classify(title: str | None, text: str) -> str:
    """doc_type from the title when there is one, else from the opening sentences."""
    head = (title or run_in_title(text) or "").replace(" ", "")
    head = re.sub(r"[(（]试行[)）]$", "", head)
    opening = text[:600]
    if REJECT_TYPES.search(head) or (not head and REJECT_TYPES.search(opening[:80])):
        return "other"
    topic = is_disclosure_topic(head, text)
    # A notice is typed by what it issues (关于印发X的通知: X); any other notice, or a title ending in another
    # genre word (通报, 公示, 函 …), is an ordinary document whatever it talks about.
    covered = COVERED.search(opening) if not head else None
    if head.endswith("通知") or covered:
        issued = head[head.find("印发") + 2 :] if "印发" in head else (covered.group(1) if covered else "")
        if PLAN.search(issued) or (
            issued and not ANNUAL.search(issued) and "格式" not in issued and topic and PLAN.search(text[:2000])
        ):
            return "work_plan"
        return "other"
    own = CITED_NAMES.sub("", head)  # 关于《…落实情况》的反馈函: the words of the cited title are not its own
    if topic and IMPLEMENTATION.search(own):
        return "implementation_report"
    if OTHER_GENRE_END.search(own):
        return "other"
    intro = INTRO_SENTENCE.search(opening)
    for probe in (own, intro.group(0) if intro else ""):
        if not probe:
            continue
        if ANNUAL.search(probe) and "格式" not in probe:
            return "annual_report"
        if not topic:
            continue  # a bureau's general work summary or plan is not about disclosure: other
        if IMPLEMENTATION.search(probe):
            return "implementation_report"
        if PLAN.search(probe) and not SUMMARY.search(probe):
            return "work_plan"
        if SUMMARY.search(probe) or "情况" in probe:
            return "work_summary"
    if head:
        return "other"
    if ("一、总体情况" in text or "一、概述" in text) and (
        "主动公开政府信息情况" in text or "政府信息主动公开情况" in text
    ):
        return "annual_report"
    first_paragraph = next((p for p in opening.split("\n") if len(p.strip()) > 30), "")
    if (ANNUAL_OPENING.search(opening[:300]) or ANNUAL_INTRO.search(first_paragraph)) and "信息公开" in opening:
        return "annual_report"
    return "other"


def format_era(doc_type: str, text: str, report_year: int | None, marks: str | None) -> str | None:
    """The format of an annual report: the one whose marks it carries (`marks`, `detect_era`'s answer), else
    the 2019/2021 section headings with the report year, else narrative; None for other documents."""
    if doc_type != "annual_report":
        return None
    if marks:
        return marks
    if "总体情况" in text and "收到和处理政府信息公开申请情况" in text and report_year:
        return "format_2021" if report_year >= 2021 else "format_2019"
    return "narrative"


def _strip_office(name: str) -> str:
    """A bureau's own office (局办公室) issues on the bureau's behalf; a government office is its own agency."""
    # 党委/党工委/管委(会) offices are agencies of their own, like a government's office.
    return re.sub(r"(?<=[局厅]|(?<![党工管])委)办公室$", "", name)


def _agency_candidates(text: str) -> Iterator[str]:
    """Agency-like names in `text`, outside 《》 titles, trimmed to where their place name starts. Found as
    they are asked for: most documents that get here want only the first."""
    masked = CITED_NAMES.sub(lambda m: "　" * len(m.group(0)), text)
    names = (
        trim_to_place(m.group(0))
        for m in AGENCY_NAME.finditer(masked)
        if not DIRECTIVE_CONTEXT.search(masked[max(0, m.start() - 12) : m.start()])
        and not masked.startswith("关于", m.end())
    )
    return (name for name in names if name and AGENCY_NAME.fullmatch(name))


def _aliased(abbreviation: str, text: str) -> str | None:
    """The full name a text gives an abbreviation: 白银市卫生健康委员会（以下简称市卫健委）."""
    m = re.search(rf"([\u4e00-\u9fff]{{2,30}})[（(]以下简称[“\"「]?{re.escape(abbreviation)}[”\"」]?[）)]", text)
    if not m:
        return None
    names = list(_agency_candidates(m.group(1)))
    return names[-1] if names else None


def canonical_agency(name: str) -> str:
    """The full name: a bureau's 办公室 is the bureau, 兰溪市政府 is 兰溪市人民政府."""
    name = _strip_office(name)
    for short, full in ABBREVIATIONS:
        if name.endswith(short) and not name.endswith(full):
            name = name[: -len(short)] + full
    return re.sub(r"(?<=[省市县区州旗镇乡])政府$", "人民政府", name)


def find_agency(title: str | None, metadata: dict, text: str, doc_type: str | None = None) -> str | None:
    return canonical_agency(name) if (name := _find_agency(title, metadata, text, doc_type)) else None


def _out_of_tree(name: str) -> bool:
    """An issuer the division tree does not know (综合实验区, 片区管理局, a 乡/镇 government): named in full, with an
    organisation suffix, and no sentence words inside."""
    return bool(
        AGENCY_NAME.fullmatch(name)
        and not NAME_STOP.search(name)
        and len(name) >= 4
        and (ZONE_PLACE.match(name) or TOWNSHIP_ISSUER.match(name))
    )


TOWNSHIP_ISSUER = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道)(?:人民政府|政府|办事处|党委)")
# 落款: the issuer's name alone before the date it signed (on its own line, or at the end of a flattened page).
# The spaces and line breaks between them are taken whole (possessive): the date never begins with one, so giving
# some back cannot make a match, and trying to (for every length of the name) was a fifth of the search.
SIGNATURE = re.compile(
    r"(?:^|[\s。！!])([\u4e00-\u9fff（）()]{3,40}?)\s*+"
    r"(?:(?:19|20)\d{2}|[〇○零OoＯ0一二][〇○零OoＯ0一二三四五六七八九]{3})\s*+年"
)


@lru_cache(maxsize=65536)
def _named_issuer(name: str | None) -> str | None:
    """`name` as an issuer if it is one: a central body, an institution, a name in the division tree, or one
    outside it (zones, townships). Cached: the 落款 search tries every tail of the words before a date (a
    document costs ~30 calls), and a corpus's documents are signed by the same few bodies."""
    if not name:
        return None
    name = name.strip()
    if CENTRAL_AGENCY.fullmatch(name) or INSTITUTION.fullmatch(name):
        return name
    if ZONE_PLACE.fullmatch(name) and re.search(r"(?:综合实验区|开发区|高新区|新区|试验区)$", name):
        return name  # a zone reports as itself (云湖综合实验区2020年…年度报告): its 管委会
    placed = trim_to_place(name)
    if placed and AGENCY_NAME.fullmatch(placed) and not NAME_STOP.search(placed):
        return placed
    return name if _out_of_tree(name) else None


def _first_of_joint(words: str) -> str | None:
    """A joint issuance (甲区人民政府办公室乙开发区管委会办公室关于…): the first issuer."""
    for m in AGENCY_NAME.finditer(words):
        if m.start() == 0 and _named_issuer(m.group(0)) and _named_issuer(words[m.end() :]):
            return _named_issuer(m.group(0))
    return None


SHORT_FORM = re.compile(rf"[省市县区州][\u4e00-\u9fff]{{1,12}}?{ORG_SUFFIX}")
BARE_BODY = re.compile(rf"[\u4e00-\u9fff]{{2,20}}?{ORG_SUFFIX}")  # 某公园项目筹建办公室: a body named without a place
CLOSING = re.compile(r"特此(?:公告|通告|通知|函告|说明|报告)\s*$")


def _is_short_form(name: str) -> bool:
    return bool(SHORT_FORM.fullmatch(name) and not NAME_STOP.search(name))


def _signature(text: str) -> str | None:
    """The issuer of the 落款 in the last lines of the text (or of a covering notice at its head): a name, a short
    form (区城乡交建中心), or after 特此公告 a body named without a place."""
    for zone in (text[-600:], text[:600]):
        for m in SIGNATURE.finditer(zone):
            words = m.group(1)
            for start in range(len(words) - 3):  # the longest tail of the words that is a name
                name = _named_issuer(words[start:])
                if name:
                    return name
            for start in range(len(words) - 3):
                if _is_short_form(words[start:]):
                    return words[start:]
            if CLOSING.search(zone[: m.start(1)]) and BARE_BODY.fullmatch(words) and not NAME_STOP.search(words):
                return words
    return None


# The body naming its compiler by a self-reference: 我区管委会办公室编制完成了本报告.
SELF_COMPILER = AnchoredPattern(r"(?:我|本)?([区县市][\u4e00-\u9fff]{2,12}?(?:办公室|局|中心|委员会))(?:负责)?编制")
# The title restated with its issuer at the head of the body (云湖县人民政府关于…通告; 某办公室通告：).
LEAD_ISSUER = re.compile(r"^([\u4e00-\u9fff]{4,30}?)(?:关于|(?:通告|公告|通知|通报)[:：])")


def _find_agency(title: str | None, metadata: dict, text: str, doc_type: str | None = None) -> str | None:
    signed = _signature(text)
    compiler = SELF_COMPILER.search(CITED_NAMES.sub("", text[:1500]))
    compiled = _completed(compiler.group(1), title, metadata, text) if compiler else None
    if signed and _is_short_form(signed):
        signed = _completed(signed, title, metadata, text) or signed
    if title:
        m = TITLE_ISSUER.match(title.replace(" ", ""))
        if not m:  # 某办公厅政府信息公开年度报告制度: a title that opens with its issuer
            m = AGENCY_NAME.match(title.replace(" ", ""))
            m = m if m and _named_issuer(m.group(0)) == m.group(0) else None
        words = (m.group(1) if m.groups() else m.group(0)) if m else ""
        issuer = (_first_of_joint(words) or _named_issuer(words)) if words else None
        if not issuer and words and _is_short_form(words):
            issuer = (
                _completed(words, title, metadata, text) or words
            )  # 区国库支付中心, completed when the place is stated
        if issuer:
            # A zone or a body named in the title is refined by the fuller name the page states for it
            # (云湖综合实验区 → 云湖综合实验区管委会办公室; …统计局).
            for candidate in (metadata.get("publisher"), signed, compiled):
                fuller = (candidate or "").strip()
                if fuller.startswith(issuer) and len(fuller) > len(issuer) and _named_issuer(fuller):
                    return fuller
            return issuer
        place = trim_to_place(m.group(1)) if m else None
        if (
            place
            and re.fullmatch(rf"{PLACE}", place)
            and ANNUAL.search(title)
            and resolve_region(place)[1] in ("province", "city", "county")
        ):
            return place + "人民政府"  # 某区2022年政府信息公开工作年度报告: the district government's report
    first_line = next((line.strip() for line in text.split("\n", 5)[:5] if line.strip()), "")
    lead = LEAD_ISSUER.match(first_line)
    if lead and (name := _named_issuer(lead.group(1))):
        return name
    if signed and not _is_short_form(signed):
        return signed
    if compiled:
        return compiled
    body_names = None  # all of them, listed only for an abbreviated name
    for key in ("issuer", "publisher", "source"):
        stated: str = re.split(r"\s", (metadata.get(key) or "").strip())[0]
        if not stated or SITE_NAME.search(stated):
            continue
        if stated[0] in "省市县区州":  # abbreviated (市民政局): the full name is in the title or body
            if body_names is None:
                body_names = list(_agency_candidates(text[:3000]))
            full = (
                next((c[: c.index(stated) + len(stated)] for c in body_names if stated in c), None)
                or _aliased(stated, text[:3000])
                or _placed(stated, body_names)
            )
            if full:
                return full
        elif (
            (trim_to_place(stated) == stated and AGENCY_NAME.fullmatch(stated))
            or CENTRAL_AGENCY.fullmatch(stated)
            or _out_of_tree(stated)
        ):
            return stated
    if signed:
        return _completed(signed, title, metadata, text) or signed
    compiler = COMPILER.search(CITED_NAMES.sub("", text[:800]))
    if compiler:
        words = compiler.group(1) or compiler.group(2)
        for start in range(len(words) - 3):
            name = _named_issuer(words[start:])
            if name:
                return name
    if doc_type == "other" and not REJECT_TYPES.search(title or text[:80]):
        return (
            None  # an ordinary page (news, notice) names many bodies; only its title, 落款 or metadata name its issuer
        )
    names = body_names if body_names is not None else _agency_candidates(text[:3000])
    first = next((n for n in names if not NAME_STOP.search(n)), None)
    if first:
        return first
    central = CENTRAL_AGENCY.search(CITED_NAMES.sub("", text[:600]))
    return central.group(0) if central and not central.group(0).endswith("部") else None


# The body naming its compiler: 由X编制, X根据…编制本, 现公布X2023年…, 特向社会公布2019年度X政府(机关)信息公开….
COMPILER = re.compile(
    r"由([\u4e00-\u9fff]{4,30}?)编制|(?:现公布|向社会公布)(?:(?:19|20)\d{2}年度?)?"
    r"([\u4e00-\u9fff]{4,30}?)(?:(?:19|20)\d{2}|政府信息|\(机关\)|（机关）)"
)


# The place a title or a publisher line begins with (青禾县2021年…, 云湖综合实验区…).
LEADING_PLACE = re.compile(rf"^[\u4e00-\u9fff]{{1,12}}?(?:{PLACE_SUFFIX})")


def _completed(short: str, title: str | None, metadata: dict, text: str) -> str | None:
    """区公安局 / 县民政局 in a document that states its place (云湖综合实验区…, 青禾县…): the place + the short
    form. The place is a zone the document names, or the place its title or publisher line begins with, of
    the short form's level."""
    level = short[0]
    heads = (title or "", metadata.get("publisher") or "", metadata.get("source") or "")
    for source in (*heads, text[:3000]):
        m = ZONE_PLACE.search(source) if level == "区" else None
        if m and m.group(0).endswith("区"):
            return m.group(0) + short[1:]
    for source in heads:
        m = LEADING_PLACE.match(source.strip())
        if m and m.group(0).endswith(level) and len(m.group(0)) > 1:
            return m.group(0) + short[1:]
    return None


def _placed(abbreviation: str, names: list[str]) -> str | None:
    """市教育局 in a document whose body names 南平市 bodies: 南平市教育局."""
    level = abbreviation[0]
    for name in names:
        end = name.find(level)
        if end > 0:
            return name[: end + 1] + abbreviation[1:]
    return None


DIRECTIVE = re.compile(r"^(?:根据|按照|依据|为贯彻落实)《([^《》\n]{2,60}?)(?:关于|印发)")
DOMAIN_OF_WORK = re.compile(r"结合([\u4e00-\u9fff]{2,8}?)工作(?:的)?实际")
SELF_REFERENCE = re.compile(r"我(局|委|厅|办)")
GOVERNMENT_SUFFIX = re.compile(f"(?:{'|'.join(GOVERNMENT_SUFFIXES)})$")


def infer_agency(text: str) -> tuple[str | None, str | None]:
    """For a document that never names itself: (place, inferred agency).

    The place comes from the local government whose directive the document opens by implementing
    (根据《福州市晋安区人民政府办公室关于印发…》); the agency is that place + the field of work the text says
    it serves (结合城市管理工作实际) + the kind of body it calls itself (我局). Either may be None.
    """
    first_paragraph = next((p.strip() for p in text.split("\n") if len(p.strip()) > 30), "")
    directive = DIRECTIVE.match(first_paragraph)
    if not directive:
        return None, None
    issuer = trim_to_place(directive.group(1))
    if not issuer or not GOVERNMENT_SUFFIX.search(issuer):
        return None, None
    place = GOVERNMENT_SUFFIX.sub("", issuer)
    domain, body = DOMAIN_OF_WORK.search(text[:2000]), SELF_REFERENCE.search(text[:2000])
    if domain and body:
        return place, f"{place}{domain.group(1)}{body.group(1)}"
    return place, None


NOT_A_DATE_YEAR = rf"{YEAR}\s*年(?!\s*\d{{1,2}}\s*月)"
CN_YEAR = re.compile(r"([〇零一二三四五六七八九]{4})\s*年")
STATISTICS_PERIOD = re.compile(
    r"统计(?:期限|期间|时限|区间|时间)(?:为|是|自|从)?\s*((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日"
)


def find_report_year(
    title: str | None, text: str, doc_type: str, publish_date: str | None
) -> tuple[int | None, str | None]:
    # An ordinary document has no report year; a report look-alike (法治政府建设年度报告, 决算) keeps the year it
    # reports on.
    if doc_type == "other" and not REJECT_TYPES.search(title or text[:80]):
        return None, None
    title = title or run_in_title(text)
    if title:
        m = re.search(rf"{YEAR}\s*年", CITED_NAMES.sub("", title)) or CN_YEAR.search(CITED_NAMES.sub("", title))
        if m:
            return int(m.group(1)) if m.group(1).isdigit() else int(chinese_to_number(m.group(1))), "title"
    opening = CITED_NAMES.sub("", text[:800])
    opening = re.sub(rf"{BRACKETS}\s*(?:19|20)\d{{2}}\s*{CLOSE_BRACKETS}\s*\d+号?", "", opening)
    intro = INTRO_SENTENCE.search(opening)
    if intro:
        sentence_start = max(opening.rfind("。", 0, intro.start()), opening.rfind("\n", 0, intro.start())) + 1
        # The year the intro itself names (现将2019年度…), else the last year before it that is not a date.
        years = (
            re.findall(NOT_A_DATE_YEAR, opening[intro.start() : intro.end()])
            or re.findall(NOT_A_DATE_YEAR, opening[sentence_start : intro.start()])[-1:]
        )
        if years:
            return int(years[0]), "statistics_sentence"
    period = STATISTICS_PERIOD.search(opening)
    if period:
        return int(period.group(1)), "statistics_period"
    # 现公布某局2023年…报告 / 由某局编制的2015年度… / 编制了2016年度…: the year the compiling sentence names.
    first_paragraph = next((p for p in opening.split("\n") if len(p.strip()) > 30), "")
    m = re.search(rf"(?:公布|编制(?:的|了|完成)?|形成)[^。\n]{{0,30}}?{YEAR}\s*年度?", first_paragraph)
    if m:
        return int(m.group(1)), "statistics_sentence"
    m = re.search(rf"(?:^|[,，。])\s*{YEAR}\s*年(?:度)?(?:以来)?[,，]", first_paragraph)
    if m:
        return int(m.group(1)), "opening_phrase"
    # A covering notice or a report against a plan: the year of the plan it issues or follows.
    covered = COVERED.search(text[:800]) or re.search(r"对照《([^《》\n]{4,80})》", text[:800])
    if covered and (m := re.search(rf"{YEAR}\s*年", covered.group(1))):
        return int(m.group(1)), "title_citation"
    first_line = next((line for line in opening.split("\n") if line.strip()), "")
    m = re.match(rf"\s*{YEAR}\s*年(?:度)?(?:以来|[,，、]|全年|上半年|我)", first_line)
    if m:
        return int(m.group(1)), "opening_phrase"
    # 关于贯彻落实《2019年政务公开工作要点》情况的报告: the year of the document it reports on.
    m = re.search(rf"《[^》]*?{YEAR}\s*年(?!修订|修正)", title or "")
    if m:
        return int(m.group(1)), "title_citation"
    if doc_type == "annual_report" and publish_date:
        return int(publish_date[:4]) - 1, "publish_date"
    return None, None


def normalize_date(value: str | None) -> str | None:
    if not value:
        return None
    m = re.search(r"((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})", value)
    if not m:
        return None
    try:
        return date(*(int(g) for g in m.groups())).isoformat()
    except ValueError:  # 2020-02-31 is a typo, not a date
        return None


# A metadata date written without a colon (生成日期 2021-04-29 15:00:31), and a date line under the title.
SPACED_DATE_KEY = re.compile(
    r"(?:发布日期|发布时间|公开日期|成文日期|生成日期)\s*[:：]?\s*((?:19|20)\d{2}[-年/.]\d{1,2}[-月/.]\d{1,2})"
)
DATE_LINE = re.compile(r"^[(（]?\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[)）]?$")


# A 落款 date as written: digits, Chinese numerals, and 〇/○/a Latin O/an ASCII 0 for zero (二○一○年十一月二十九日, 2O21年).
ZERO_FORMS = "〇○零OoＯ0"
SIGNED_DATE = re.compile(
    rf"([{ZERO_FORMS}1-9一二三四五六七八九]{{4}})\s*年\s*(\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月"
    rf"\s*(\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*日"
)


SIGNED_DATE_AT_END = re.compile(rf"(?:^|(?<=\s)){SIGNED_DATE.pattern}$")


def read_signed_date(value: str) -> str | None:
    m = SIGNED_DATE.search(value)
    if not m:
        return None
    year = "".join(
        "0" if ch in ZERO_FORMS else ch if ch.isdigit() else str(int(chinese_to_number(ch))) for ch in m.group(1)
    )
    parts = [int(p) if p.isdigit() else int(chinese_to_number(p)) for p in (m.group(2), m.group(3))]
    try:
        return date(int(year), *parts).isoformat()
    except ValueError:
        return None


def find_stated_date(metadata: dict, text: str) -> str | None:
    """No page date: the metadata's 成文日期, a spaced 生成日期 in the head, or a date line just under the title."""
    found = normalize_date(metadata.get("written_date"))
    if found:
        return found
    m = SPACED_DATE_KEY.search(text[:1500])
    if m:
        return normalize_date(m.group(1))
    for line in [line.strip() for line in text.split("\n", 8)[:8] if line.strip()][:5]:
        m = DATE_LINE.match(line)
        if m:
            return normalize_date(m.group(1))
    return None


def find_signed_date(text: str) -> str | None:
    """The 落款 date (二〇二一年四月二日, with 〇, ○, a Latin O or an ASCII 0 for zero): a date that ends one of
    the text's last lines and starts it or follows a space (…办公室 2022年1月13日), never a date inside a
    sentence (…至2020年12月31日). The document's date when neither the page nor its head states one."""
    lines = [line.strip() for line in text[-400:].split("\n") if line.strip()][-3:]
    for line in reversed(lines):
        m = SIGNED_DATE_AT_END.search(line)
        if m:
            return read_signed_date(m.group(0))
    return None


def find_doc_number(metadata: dict, text: str) -> str | None:
    stated = metadata.get("doc_number")
    m = DOC_NUMBER.search(stated or "")
    if m:
        return normalize_doc_number(*m.groups()[:3])
    m = re.search(rf"([\u4e00-\u9fff]{{1,12}}){BRACKETS}\s*((?:19|20)\d{{2}})\s*{CLOSE_BRACKETS}\s*号", stated or "")
    if m:  # a defective 文号 field (穗某办函〔2022〕号) is recorded as stated
        return f"{m.group(1)}〔{m.group(2)}〕号"
    for line in text.split("\n", 15)[:15]:
        line = line.strip()
        m = DOC_NUMBER_LINE.match(line) or HEAD_NUMBER.match(line)
        if m:
            return normalize_doc_number(*m.groups()[:3])
    return None


# A 文号 at the head of a flattened page, before the title: 某发〔2018〕58号 某局关于…
HEAD_NUMBER = re.compile(rf"^{DOC_NUMBER.pattern}\s+(?=[\u4e00-\u9fff]{{4,}}[^。\n]{{0,60}}?(?:{TITLE_WORDS.pattern}))")


@dataclass(slots=True)
class Citation:
    cited_title: str | None
    cited_number: str | None  # normalised: 〔〕 brackets and a trailing 号
    cited_number_raw: str | None  # as written
    quote: str
    char_start: int
    char_end: int


def find_citations(text: str, own_number: str | None = None) -> list[Citation]:
    """Every 《…》 title and every bracketed 文号 the text cites, except the document's own number."""
    cited, covered = [], []
    for m in CITATION.finditer(text):
        number = raw = None
        if m.group(2):
            number = normalize_doc_number(m.group(2), m.group(3), m.group(4))
            raw = text[m.start(2) : m.end(5)]
        cited.append(Citation(m.group(1), number, raw, m.group(0), m.start(), m.end()))
        covered.append((m.start(), m.end()))
    for core in matches_at(NUMBER_CORE, text, positions(text, OPEN_BRACKETS)):
        numbered: re.Match[str] | None = next(
            (
                found
                for offset in range(max(0, core.start() - 12), core.start())
                if (found := DOC_NUMBER.fullmatch(text, offset, core.end()))
            ),
            None,
        )  # the longest issuer prefix
        if numbered is None:
            continue
        prefix = issuer_code(numbered.group(1))
        start = numbered.end(1) - len(prefix)
        if len(prefix) > 2 and prefix[0] in LIST_CONJUNCTIONS and start > 0 and text[start - 1] in LIST_BREAKS:
            prefix, start = prefix[1:], start + 1  # "…》）和国办公开办函〔2021〕30号": "and", not 和政县
        number = normalize_doc_number(prefix, numbered.group(2), numbered.group(3))
        if number == own_number or any(s <= numbered.start() < e for s, e in covered):
            continue
        cited.append(
            Citation(None, number, text[start : numbered.end()], text[start : numbered.end()], start, numbered.end())
        )
    return sorted(cited, key=lambda c: c.char_start)


def region_of_text(text: str) -> str | None:
    (province, city, county), _ = divisions(CITED_NAMES.sub("", text))
    return "".join(p for p in (province, city, county) if p) if province else None


def extract_fields(text: str, metadata: dict) -> DocumentFields:
    fields = DocumentFields()
    fields.title = find_title(text, metadata)
    fields.doc_type = classify(fields.title, text)
    fields.agency = find_agency(fields.title, metadata, text, fields.doc_type)
    if fields.agency and fields.agency not in text and fields.agency not in (fields.title or ""):
        # Stated only in a short form (区公安局, 市民政局, 质监局, 某某县政府) that the place the document names or
        # the lexicon of abbreviations completed: said so, since the full name is ours, not the document's.
        fields.flags.append("agency_completed")
    fields.region, fields.admin_level = resolve_region(fields.agency)
    if fields.agency and ZONE.search(fields.agency) and fields.admin_level in ("city", "province"):
        fields.admin_level = "county"  # development zones and their 管委会 rank with counties
    if fields.agency is None:
        place, inferred = infer_agency(text)
        if inferred:
            fields.agency, fields.agency_inferred = inferred, True
        # A body working under a place's government sits at that government's level.
        fields.region, fields.admin_level = resolve_region(inferred or place)
    if fields.region is None and fields.admin_level != "central" and fields.doc_type != "other":
        # An issuer the division tree cannot place (a 镇 government, a zone): the divisions the text itself names.
        fields.region = region_of_text((fields.title or "") + "\n" + text[:1500])
    fields.publish_date = (
        normalize_date(metadata.get("publish_date")) or find_stated_date(metadata, text) or find_signed_date(text)
    )
    fields.report_year, fields.year_source = find_report_year(fields.title, text, fields.doc_type, fields.publish_date)
    if fields.publish_date and fields.report_year and int(fields.publish_date[:4]) < fields.report_year:
        fields.flags.append("publish_date_before_report_year")
    period = STATISTICS_PERIOD.search(text[:3000])
    if period and fields.report_year and int(period.group(1)) != fields.report_year:
        fields.flags.append(
            f"year_conflict: {fields.year_source} says {fields.report_year}, the statistics period {period.group(1)}"
        )
    fields.doc_number = find_doc_number(metadata, text)
    fields.index_no = metadata.get("index_no")
    fields.table_format = detect_era(text)  # once: the tables are read in this format (chain.extract_docs)
    fields.format_era = format_era(fields.doc_type, text, fields.report_year, fields.table_format)
    return fields
