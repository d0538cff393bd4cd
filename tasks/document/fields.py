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
from datetime import date
from dataclasses import dataclass, field

from gongkai.tasks.document.numerals import chinese_to_number
from gongkai.tasks.document.regions import resolve_region, trim_to_place
from gongkai.tasks.document.report_tables import detect_era
from gongkai.tasks.document.scan import matches_at, positions
from gongkai.tasks.rules import doc_types
from gongkai.tasks.rules.agencies import (BODY_SUFFIXES, CENTRAL_BODY_NAMES, GOVERNMENT_SUFFIXES,
                                          INSTITUTION_SUFFIXES, PLACE_SUFFIXES, ZONE_WORDS)

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
    rf"(?=[\u4e00-\u9fff]{NOT_A_SUFFIX_START}{{0,8}}+[{SUFFIX_STARTS}]){PLACE}+?[\u4e00-\u9fff]{{0,12}}?{ORG_SUFFIX}")
CENTRAL_AGENCY = re.compile("|".join(CENTRAL_BODY_NAMES))
INSTITUTION = re.compile(rf"[\u4e00-\u9fff]{{2,20}}(?:{'|'.join(INSTITUTION_SUFFIXES)})")
ZONE = re.compile("|".join(ZONE_WORDS))
TITLE_ISSUER = re.compile(r"^(.{2,40}?)(?:关于|\s*(?:19|20)\d{2}\s*年)")
OPEN_BRACKETS = "〔[【(（"
BRACKETS = f"[{re.escape(OPEN_BRACKETS)}]"
CLOSE_BRACKETS = r"[〕\]】)）]"
DOC_NUMBER = re.compile(rf"([\u4e00-\u9fff]{{1,12}}){BRACKETS}\s*((?:19|20)\d{{2}})\s*{CLOSE_BRACKETS}\s*(\d{{1,5}})(号?)")
# Scanning for the brackets first is ~10× faster than trying the issuer prefix at every character; and
# finding them with str.find (gongkai.tasks.document.scan) faster still than the regex engine's scan for the class.
NUMBER_CORE = re.compile(rf"{BRACKETS}\s*(?:19|20)\d{{2}}\s*{CLOSE_BRACKETS}\s*\d{{1,5}}号?")
DOC_NUMBER_LINE = re.compile(rf"^{DOC_NUMBER.pattern}$")
CITATION = re.compile(rf"《([^《》\n]{{2,120}})》\s*(?:[(（]\s*{DOC_NUMBER.pattern}\s*[)）])?")
CITED_NAMES = re.compile(r"《[^《》\n]*》")

TITLE_WORDS = re.compile("|".join(doc_types.TITLE_WORDS))
REJECT_TYPES = re.compile("|".join(doc_types.NOT_DISCLOSURE))
ANNUAL = re.compile("|".join(doc_types.ANNUAL_REPORT))
IMPLEMENTATION = re.compile("|".join(doc_types.IMPLEMENTATION_REPORT))
PLAN = re.compile("|".join(doc_types.WORK_PLAN))
SUMMARY = re.compile("|".join(doc_types.WORK_SUMMARY))
# The statutory report's standard first sentence: 本报告根据《条例》…要求编制.
ANNUAL_OPENING = re.compile(r"^本(?:年度)?(?:报告|年报)(?:是)?(?:根据|依据|按照)[^。\n]{0,120}?(?:编制|制作|发布)", re.M)
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
    for line in text.split("\n", 3)[:3]:
        line = line.strip()
        if not line:
            continue
        if len(line) <= 60 and TITLE_WORDS.search(line) and not re.search(r"[。，,；;：:]", line):
            return line
        return None
    return None


def classify(title: str | None, text: str) -> str:
    """doc_type from the title when there is one, else from the opening sentences."""
    head = title or ""
    opening = text[:600]
    if REJECT_TYPES.search(head) or (not head and REJECT_TYPES.search(opening[:80])):
        return "other"
    intro = INTRO_SENTENCE.search(opening)
    for probe in (head, intro.group(0) if intro else ""):
        if not probe:
            continue
        if IMPLEMENTATION.search(probe):
            return "implementation_report"
        if ANNUAL.search(probe):
            return "annual_report"
        if PLAN.search(probe) and not SUMMARY.search(probe):
            return "work_plan"
        if SUMMARY.search(probe) or "情况" in probe:
            return "work_summary"
    if title and ("印发" in title or "通知" in title):
        return "work_plan" if PLAN.search(text[:2000]) else "other"
    if "一、总体情况" in text and "主动公开政府信息情况" in text:
        return "annual_report"
    if ANNUAL_OPENING.search(opening[:300]) and "信息公开" in opening:
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
    return re.sub(r"(?<=[局厅委])办公室$", "", name)


def _agency_candidates(text: str) -> Iterator[str]:
    """Agency-like names in `text`, outside 《》 titles, trimmed to where their place name starts. Found as
    they are asked for: most documents that get here want only the first."""
    masked = CITED_NAMES.sub(lambda m: "　" * len(m.group(0)), text)
    names = (trim_to_place(m.group(0)) for m in AGENCY_NAME.finditer(masked))
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
    return re.sub(r"(?<=[省市县区州旗])政府$", "人民政府", name)


def find_agency(title: str | None, metadata: dict, text: str) -> str | None:
    return canonical_agency(name) if (name := _find_agency(title, metadata, text)) else None


def _find_agency(title: str | None, metadata: dict, text: str) -> str | None:
    if title:
        m = TITLE_ISSUER.match(title)
        issuer = m.group(1).strip() if m else None
        if issuer and (CENTRAL_AGENCY.fullmatch(issuer) or INSTITUTION.fullmatch(issuer)):
            return issuer
        issuer = trim_to_place(issuer) if issuer else None
        if issuer and AGENCY_NAME.fullmatch(issuer):
            return issuer
    body_names = None  # all of them, listed only for an abbreviated name
    for key in ("publisher", "source"):
        stated = (metadata.get(key) or "").strip()
        if not stated:
            continue
        if stated[0] in "省市县区州":  # abbreviated (市民政局): the full name is in the title or body
            if body_names is None:
                body_names = list(_agency_candidates(text[:3000]))
            full = next((c[: c.index(stated) + len(stated)] for c in body_names if stated in c), None) \
                or _aliased(stated, text[:3000]) or _placed(stated, body_names)
            if full:
                return full
        elif (trim_to_place(stated) == stated and AGENCY_NAME.fullmatch(stated)) or CENTRAL_AGENCY.fullmatch(stated):
            return stated
    names = body_names if body_names is not None else _agency_candidates(text[:3000])
    first = next(iter(names), None)
    if first:
        return first
    central = CENTRAL_AGENCY.search(CITED_NAMES.sub("", text[:600]))
    return central.group(0) if central else None


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
STATISTICS_PERIOD = re.compile(r"统计(?:期限|期间|时限|区间|时间)(?:为|是|自|从)?\s*((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日")


def find_report_year(title: str | None, text: str, doc_type: str, publish_date: str | None) -> tuple[int | None, str | None]:
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
        years = re.findall(NOT_A_DATE_YEAR, opening[intro.start():intro.end()]) or \
            re.findall(NOT_A_DATE_YEAR, opening[sentence_start:intro.start()])[-1:]
        if years:
            return int(years[0]), "statistics_sentence"
    period = STATISTICS_PERIOD.search(opening)
    if period:
        return int(period.group(1)), "statistics_period"
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


def find_doc_number(metadata: dict, text: str) -> str | None:
    stated = metadata.get("doc_number")
    m = DOC_NUMBER.search(stated or "")
    if m:
        return normalize_doc_number(*m.groups()[:3])
    for line in text.split("\n", 15)[:15]:
        m = DOC_NUMBER_LINE.match(line.strip())
        if m:
            return normalize_doc_number(*m.groups()[:3])
    return None


@dataclass
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
            raw = text[m.start(2):m.end(5)]
        cited.append(Citation(m.group(1), number, raw, m.group(0), m.start(), m.end()))
        covered.append((m.start(), m.end()))
    for core in matches_at(NUMBER_CORE, text, positions(text, OPEN_BRACKETS)):
        m = next((found for offset in range(max(0, core.start() - 12), core.start())
                  if (found := DOC_NUMBER.fullmatch(text, offset, core.end()))), None)  # the longest issuer prefix
        if m is None:
            continue
        prefix = issuer_code(m.group(1))
        start = m.end(1) - len(prefix)
        if len(prefix) > 2 and prefix[0] in LIST_CONJUNCTIONS and start > 0 and text[start - 1] in LIST_BREAKS:
            prefix, start = prefix[1:], start + 1  # "…》）和国办公开办函〔2021〕30号": "and", not 和政县
        number = normalize_doc_number(prefix, m.group(2), m.group(3))
        if number == own_number or any(s <= m.start() < e for s, e in covered):
            continue
        cited.append(Citation(None, number, text[start:m.end()], text[start:m.end()], start, m.end()))
    return sorted(cited, key=lambda c: c.char_start)


def extract_fields(text: str, metadata: dict) -> DocumentFields:
    fields = DocumentFields()
    fields.title = find_title(text, metadata)
    fields.doc_type = classify(fields.title, text)
    fields.agency = find_agency(fields.title, metadata, text)
    fields.region, fields.admin_level = resolve_region(fields.agency)
    if fields.agency and ZONE.search(fields.agency) and fields.admin_level in ("city", "province"):
        fields.admin_level = "county"  # development zones and their 管委会 rank with counties
    if fields.agency is None:
        place, inferred = infer_agency(text)
        if inferred:
            fields.agency, fields.agency_inferred = inferred, True
        # A body working under a place's government sits at that government's level.
        fields.region, fields.admin_level = resolve_region(inferred or place)
    fields.publish_date = normalize_date(metadata.get("publish_date"))
    fields.report_year, fields.year_source = find_report_year(fields.title, text, fields.doc_type, fields.publish_date)
    if fields.publish_date and fields.report_year and int(fields.publish_date[:4]) < fields.report_year:
        fields.flags.append("publish_date_before_report_year")
    period = STATISTICS_PERIOD.search(text[:3000])
    if period and fields.report_year and int(period.group(1)) != fields.report_year:
        fields.flags.append(f"year_conflict: {fields.year_source} says {fields.report_year}, "
                            f"the statistics period {period.group(1)}")
    fields.doc_number = find_doc_number(metadata, text)
    fields.index_no = metadata.get("index_no")
    fields.table_format = detect_era(text)  # once: the tables are read in this format (chain.extract_docs)
    fields.format_era = format_era(fields.doc_type, text, fields.report_year, fields.table_format)
    return fields
