"""Narrative facts: every count the text states that a metric rule recognises, with its exact quote.

How a fact is found (deterministic, and explainable from the quote alone):
1. Number mentions: a numeral (492, 1.53万, 6万余, 三, 两) followed by a unit, directly or after one space (条 件 份 次 项 名 个 部 元
   万元 % 个工作日 …). Numbers that are really dates, years, document numbers (〔2019〕97号), ordinals (第三),
   phone numbers or digit runs left by dropped characters are never mentions.
2. Each mention is classified by the first `MetricRule` whose patterns match the clause before the number,
   the words right after it, or its whole sentence. A mention that no rule recognises is not a fact: we
   would rather miss a count than invent a metric for it.
3. Zero statements (未收到…申请, 没有任何收费, 未发生…行政复议…) give value 0 — unless the negation is scoped to
   something narrower inside the same clause (未出现…行政复议…被判定违法 is zero cases judged unlawful).
The quote is the clause the fact came from; `char_start`/`char_end` locate it in the normalised text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, partial

from gongkai.tasks.document.numerals import CN_NUMERAL_CHARS, parse_number
from gongkai.tasks.document.scan import last_characters, matches_at, positions, required_text
from gongkai.tasks.rules.metrics import registered_metric

UNITS = (
    "个工作日",
    "人次",
    "万元",
    "亿元",
    "个",
    "条",
    "件",
    "份",
    "次",
    "项",
    "名",
    "部",
    "元",
    "%",
    "人",
    "家",
    "篇",
    "场",
    "期",
    "册",
    "本",
    "张",
    "起",
    "批",
    "天",
)
# Same matches as `(?P<num>{BOUNDED_ARABIC}|[{CN_NUMERAL_CHARS}]{{1,17}})…` (a property test checks it), in 0.6×
# the time. The regex engine skips ahead in C only to where a pattern's leading character class (or literal) can
# match, so the numeral's first character is that class and a look-behind then picks the numeral's kind.
# Its runs are possessive: a numeral character given back leaves one next, and nothing that may follow a
# numeral (a unit, 万 亿 余 多, the , or . of an Arabic number) begins with one, so backtracking into a run
# could only fail, once per shorter run. A sign is the character just before the numeral.
# Its runs are bounded (`MAX_NUMERAL` characters, `MAX_GROUPS` thousands groups), which keeps the scan linear:
# a run of 100k digits not followed by a unit was read to its end from each of its starts (quadratic: 160k
# digits took 66 s). A longer run is no count; its tail, which the bounded run can still match, follows a
# digit and is dropped as any numeral glued to a digit is (`NOT_A_COUNT_BEFORE`).
MAX_NUMERAL, MAX_GROUPS = 16, 6
# What can follow a numeral in a mention, tested once before the optional parts and the units are tried one by
# one: most numerals of a text (二〇二一, 第一, 统一) are followed by none of it (the scan −16 %).
UNIT_STARTS = "".join(sorted({unit[0] for unit in UNITS}))
MENTION = re.compile(
    rf"(?P<num>[\d{CN_NUMERAL_CHARS}](?:(?<=\d)\d{{0,{MAX_NUMERAL}}}+(?:,\d{{3}}){{0,{MAX_GROUPS}}}+(?:\.\d{{1,{MAX_NUMERAL}}}+)?+"
    rf"|(?<=[{CN_NUMERAL_CHARS}])[{CN_NUMERAL_CHARS}]{{0,{MAX_NUMERAL}}}+))"
    rf"(?=[ \t万亿余多{re.escape(UNIT_STARTS)}])(?:[ \t]?(?P<mult>万|亿))?(?P<approx_after>余|多)?[ \t]?(?P<unit>{'|'.join(map(re.escape, UNITS))})(?P<approx_tail>左右)?"
)
SIGNS = frozenset("-−－")
APPROX_WORDS_BEFORE = ("将近", "大约", "超过", "约", "近", "逾")  # longest first
APPROX_WORD_ENDS = frozenset(word[-1] for word in APPROX_WORDS_BEFORE)
# A sentence ends at a full stop; the items of a ；-list are one sentence (其中予以公开21件；不予公开7件 are both
# on-request outcomes), so a rule's `sentence` test reads the whole list.
SENTENCE_BREAKS = "。！!？?\n〓"
CLAUSE_BREAKS = SENTENCE_BREAKS + "；;,，:：、"
LIST_CLAUSE_BREAKS = SENTENCE_BREAKS + "；;,，"  # a zero statement's list (举报、投诉、行政复议) is one clause
SENTENCE_BREAK, CLAUSE_BREAK, LIST_CLAUSE_BREAK = (
    re.compile(f"[{re.escape(chars)}]") for chars in (SENTENCE_BREAKS, CLAUSE_BREAKS, LIST_CLAUSE_BREAKS)
)
# A numeral glued to these is not a count: 第三, 〔2019〕97号, 0931-8888888, 3.5.1, 12345热线.
NOT_A_COUNT_BEFORE = frozenset("第0123456789-/.〔[【(（") | frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
)
NOT_A_COUNT_AFTER = re.compile(r"[\d\-/号年月日时]|次会议|届")
# …and words a Chinese numeral + unit begin: 一条龙, 一次性, 一件事, 一条心, 一个窗口 is still a count.
NUMERAL_WORD_AFTER = re.compile(r"[龙性心线式化体事]")
LEAD_WORDS = ("共计", "共", "累计", "达到", "达", "为", "有")
LEAD_WORD_ENDS = frozenset(word[-1] for word in LEAD_WORDS)
# A number stated as a goal (力争…不少于200条) is a target, not a result.
# 规划计划类 is a category of disclosed information, not a plan.
TARGET = re.compile(r"力争|争取|不少于|不低于|不超过|至少|确保|(?<!规划)计划(?!类)|拟|预计|目标")
# Words in which a Chinese numeral is not a number at all.
FALSE_NUMERAL_WORDS = frozenset("统唯同万千百之划一逐单专初其是")


@dataclass(frozen=True)
class MetricRule:
    metric: str
    units: tuple[str, ...]
    before: str | None = None  # pattern that must match the clause before the number
    after: str | None = None  # pattern that must match the words right after the unit
    sentence: str | None = None  # pattern that must match somewhere in the sentence
    not_before: str | None = None  # pattern that must NOT match the clause before
    # A last resort: its facts keep its metric only in a document where no other rule found that metric (a
    # bare 公开…信息 N 条 is the year's total only when the report states no 主动公开 total); elsewhere they
    # are counts of information published on a topic (`TOPIC_ITEMS`), the topic being in the quote.
    fallback: bool = False
    # Compiled in __post_init__: `after` as a pattern, the tests (None: no test), and the characters a
    # clause matching an end-anchored `before` can end with (None: any).
    _after: re.Pattern | None = field(init=False, repr=False, compare=False, default=None)
    tests: tuple = field(init=False, repr=False, compare=False, default=())
    before_ends: frozenset[str] | None = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self) -> None:
        registered_metric(self.metric, self.units)  # registered, and counted in these units
        compiled = {
            name: re.compile(p) if (p := getattr(self, name)) else None
            for name in ("before", "after", "sentence", "not_before")
        }
        object.__setattr__(self, "_after", compiled["after"])
        object.__setattr__(self, "before_ends", last_characters(self.before) if self.before else None)
        # Bound methods, looked up once: rules are tested ~200 times per document. First a text the clause must
        # contain (`in` costs less than a regex scan), then the patterns.
        object.__setattr__(
            self,
            "tests",
            (
                required_text(self.before) if self.before else None,
                compiled["before"] and compiled["before"].search,
                compiled["after"] and compiled["after"].match,
                compiled["sentence"] and compiled["sentence"].search,
                compiled["not_before"] and compiled["not_before"].search,
            ),
        )


# (id of a rules tuple, a last character) → (that tuple, its rules a clause ending with the character can match)
_CANDIDATES: dict[tuple[int, str], tuple[tuple[MetricRule, ...], tuple[MetricRule, ...]]] = {}


def candidate_rules(rules: tuple[MetricRule, ...], last: str) -> tuple[MetricRule, ...]:
    """`rules`, in order, without those whose `before` ends with $ and cannot end with `last`, the last
    character of the clause (never a newline: it is a break): most rules are passed over without a scan."""
    entry = _CANDIDATES.get((id(rules), last))
    if entry is None or entry[0] is not rules:
        entry = (rules, tuple(r for r in rules if r.before_ends is None or last in r.before_ends))
        _CANDIDATES[(id(rules), last)] = entry
    return entry[1]


def first_matching_rule(
    rules: tuple[MetricRule, ...], before: str, after: str, sentence_of: Callable[[], str]
) -> MetricRule | None:
    """The first of `rules` that the mention satisfies. Finding a sentence costs two searches of the text and
    only a third of the mentions reach a rule that reads it, so `sentence_of` is called then, and once."""
    sentence = None
    for rule in rules:
        needs, before_test, after_test, sentence_test, not_before_test = rule.tests
        if needs is not None and needs not in before:
            continue
        if before_test is not None and not before_test(before):
            continue
        if after_test is not None and not after_test(after):
            continue
        if sentence_test is not None:
            if sentence is None:
                sentence = sentence_of()
            if not sentence_test(sentence):
                continue
        if not_before_test is None or not not_before_test(before):
            return rule
    return None


COUNT = ("件", "个", "条", "份", "项", "起")
TOPIC_ITEMS = "topic_items_published"
APPLICATION = r"申请"
ON_REQUEST = r"申请|答复|办结|办理结果|受理"  # channel and outcome counts only exist in an on-request context
# Specific before general: the first rule that matches names the metric.
PROACTIVE_UNITS = ("条", "件", "项", "篇")
METRIC_RULES: tuple[MetricRule, ...] = (
    # Parts of the year's proactive disclosures, which are not the total: by channel, by whom, by kind.
    MetricRule("procurement_info_items", PROACTIVE_UNITS, before=r"采购[^，,。；]*(?:信息|项目)$|公开[^，,。；]*采购"),
    MetricRule("application_only_items", ("条",), before=r"依申请公开(?:的)?(?:政府)?信息$"),
    MetricRule("other_proactive_items", PROACTIVE_UNITS, before=r"其他应?主动公开"),
    MetricRule("township_proactive_items", PROACTIVE_UNITS, before=r"各(?:乡镇|乡|镇|街道)[^，,。；]*主动公开"),
    MetricRule(
        "department_proactive_items",
        PROACTIVE_UNITS,
        before=r"(?:[县区市]直|各部门|各单位|各级各部门)[^，,。；]*主动公开",
    ),
    MetricRule("office_proactive_items", PROACTIVE_UNITS, before=r"公开办[^，,。；]*主动公开"),
    MetricRule("website_disclosed_items", PROACTIVE_UNITS, before=r"其中[^，,。；]*网站[^，,。；]*主动公开"),
    MetricRule("notice_announcement_items", PROACTIVE_UNITS, before=r"主动公开[^，,。；]*(?:公告|通知)$"),
    # …by category (机构职能类信息82条): the named categories of the old national classification, then any other
    MetricRule("institution_function_items", PROACTIVE_UNITS, before=r"机构职能类(?:信息)?$"),
    MetricRule(
        "policy_normative_document_items", PROACTIVE_UNITS, before=r"(?:政策|法规)[、，,]?(?:规范性)?文件类(?:信息)?$"
    ),
    MetricRule("planning_items", PROACTIVE_UNITS, before=r"规划计划类(?:信息)?$"),
    MetricRule("admin_licensing_items", PROACTIVE_UNITS, before=r"行政许可类(?:信息)?$"),
    MetricRule("work_news_items", PROACTIVE_UNITS, before=r"(?:工作|政务|业务)动态类?(?:信息)?$"),
    MetricRule("major_project_items", PROACTIVE_UNITS, before=r"重大(?:建设)?项目类?(?:信息)?$"),
    MetricRule("budget_final_account_items", PROACTIVE_UNITS, before=r"(?:预决算|预算[、，,]?决算|^决算)类?(?:信息)?$"),
    MetricRule("other_proactive_items", PROACTIVE_UNITS, before=r"^(?:其中)?其[他它](?:类|信息|事项)(?:信息)?$"),
    # 各类信息 (of every kind) is no category.
    MetricRule(
        "proactive_items_by_category",
        ("条",),
        before=r"[\u4e00-\u9fff]类(?:信息)?$",
        not_before=r"[各等多几]类(?:信息)?$",
    ),
    # …by new-media channel: one channel named (网站和微信公众号…N条 is a total over several channels)
    # (微信等渠道: WeChat and others, several channels)
    MetricRule("wechat_posts", ("条", "篇"), before=r"微信", not_before=r"微博|网站|门户|[和及与、等]"),
    MetricRule("wechat_posts", ("条", "篇"), after=r"[^，,。；]{0,2}公众号"),
    MetricRule("weibo_posts", ("条", "篇"), before=r"微博", not_before=r"微信|网站|门户|[和及与、等]"),
    # Outreach the reports count: press conferences, interpretations, interviews, the column's visits (the
    # count must follow its noun: 通过新闻发布、在线访谈等方式回应关切60次 counts responses)
    MetricRule("press_conferences", ("场", "次", "期"), before=r"新闻发布会(?:活动)?$"),
    MetricRule("press_conferences", ("场", "次", "期"), after=r"[^，,。；]{0,4}新闻发布会"),
    MetricRule(
        "policy_interpretations", ("条", "篇", "件", "项", "期"), before=r"解读(?:类)?(?:信息|材料|文章|稿件)?$"
    ),
    MetricRule("online_interviews", ("场", "次", "期"), before=r"在线访谈(?:活动|节目)?$"),
    MetricRule("online_interviews", ("场", "次", "期"), after=r"[^，,。；]{0,4}在线访谈"),
    MetricRule("disclosure_column_visits", ("人次", "次"), before=r"公开专栏[^，,。；]*(?:访问|点击|浏览)量"),
    MetricRule("info_produced_total", ("条",), before=r"(?:制作|^获取)[^，,。；]*(?:政府|政务)?信息(?:总数)?$"),
    MetricRule("disclosable_info_cleaned_up", ("条",), before=r"清理", after=r"[^，,。；]{0,4}信息"),
    MetricRule("opinion_solicitations", ("次", "期", "场"), before=r"(?:意见|民意)征集[^，,。；]*$"),
    MetricRule("bulletin_board_issues", ("期",), before=r"公开栏[^，,。；]*$|刊出[^，,。；]*公开栏$"),
    # 累计 within a year (2024年…累计发布, 全年累计) sums the year, it is not the running total.
    MetricRule(
        "proactive_disclosed_cumulative",
        PROACTIVE_UNITS,
        before=r"累计.*公开|公开.*累计",
        not_before=r"(?:19|20)\d\d年(?:度)?(?!底|末)[^，,。；]{0,12}累计|(?:今年|全年|本年度?)累计",
    ),
    MetricRule("proactive_disclosed_items", PROACTIVE_UNITS, before=r"主动公开"),
    MetricRule("proactive_disclosed_items", ("份",), before=r"主动公开[^，,。；]*(?:文件|信息)$"),
    MetricRule("normative_documents_valid", ("件", "部", "个", "份", "项"), before=r"现行有效[^，,。；]*规范性文件"),
    # One verb for a list (发布政府规章3部、行政规范性文件12件): the 规范性文件 item of a published list
    MetricRule(
        "normative_documents_published",
        ("件", "部", "个", "份", "项"),
        before=r"^(?:行政)?规范性文件$",
        sentence=r"(?:公布|发布|制发|印发|出台|制定)[^，,。；;]*、(?:行政)?规范性文件[\d一二三四五六七八九十两]",
    ),
    MetricRule(
        "normative_documents_published",
        ("件", "部", "个", "份", "项"),
        before=r"(?:公布|发布|制发|印发|公开|出台|制定|制作).*规范性文件|规范性文件.*(?:公布|发布|制发|印发|公开)",
    ),
    MetricRule("admin_reconsiderations", ("件", "起", "个"), before=r"行政复议", not_before=r"纠错|纠正|维持"),
    MetricRule("admin_lawsuits", ("件", "起", "个"), before=r"行政诉讼", not_before=r"纠错|纠正|维持"),
    # Outcomes of reconsiderations and lawsuits (维持原答复2件, 责令重新答复1件) are not answered applications.
    MetricRule("admin_outcome_maintained", ("件", "起"), before=r"维持", sentence=r"复议|诉讼"),
    MetricRule("admin_outcome_corrected", ("件", "起"), before=r"纠正|撤销|责令|确认违法", sentence=r"复议|诉讼"),
    MetricRule("admin_outcome_pending", ("件", "起"), before=r"尚未审结|未审结|在审", sentence=r"复议|诉讼"),
    MetricRule("admin_outcome_pending", ("件", "起"), after=r"(?:尚未|未)审结", sentence=r"复议|诉讼"),
    # Applicants by type (其中自然人申请47件、商业企业申请6件) are parts of the applications received.
    MetricRule("applications_natural_person", COUNT, before=r"自然人", sentence=ON_REQUEST),
    MetricRule(
        "applications_legal_person",
        COUNT,
        before=r"法人|其他组织|商业企业|科研机构|社会公益组织|法律服务机构",
        sentence=ON_REQUEST,
    ),
    # N件（含上年结转M件）: N counts last year's too, it is not the year's new applications.
    MetricRule("applications_with_carried_over", COUNT, after=r"[（(]含上一?年度?结转"),
    MetricRule("applications_carried_over", COUNT, before=r"上一?年(?:度)?结转"),
    MetricRule("applications_carried_forward", COUNT, before=r"结转下一?年|转入下一?年|结转至下"),
    MetricRule("applications_in_person", COUNT, before=r"当面|现场", sentence=ON_REQUEST),
    MetricRule("applications_online", COUNT, before=r"网上|网络|在线|网站|电子邮件", sentence=ON_REQUEST),
    MetricRule("applications_by_letter", COUNT, before=r"信函|邮寄|来信", sentence=ON_REQUEST),
    MetricRule("applications_by_fax", COUNT, before=r"传真", sentence=ON_REQUEST),
    MetricRule(
        "applications_partially_granted",
        COUNT,
        before=r"部分公开(?:答复)?数?$|区分处理后?公开$",
        sentence=ON_REQUEST,
        not_before=r"公开或部分公开$",
    ),  # 予以公开或部分公开: both outcomes together
    MetricRule(
        "applications_denied", COUNT, before=r"(?:不予|免于|免予|否决)公开(?:答复)?总?数?$", sentence=ON_REQUEST
    ),
    MetricRule(
        "applications_granted",
        COUNT,
        before=r"(?:同意|予以|全部)公开(?:答复)?数?$|^(?:其中)?公开答复$",
        sentence=ON_REQUEST,
    ),
    MetricRule("applications_info_not_exist", COUNT, before=r"(?:信息不存在|不存在)$", sentence=ON_REQUEST),
    # The outcome groups of table 3 stated in prose (无法提供26件, 不予处理1件, 其他处理12件)
    MetricRule("applications_unable_to_provide", COUNT, before=r"无法提供$", sentence=ON_REQUEST),
    MetricRule("applications_not_processed", COUNT, before=r"不予处理$", sentence=ON_REQUEST),
    MetricRule("applications_other_handling", COUNT, before=r"其他处理$", sentence=ON_REQUEST),
    MetricRule(
        "applications_not_held", COUNT, before=r"(?:非本机关|不属于本机关)(?:所?掌握)?(?:范围)?$", sentence=ON_REQUEST
    ),
    MetricRule(
        "applications_processed",
        COUNT,
        before=r"(?:已|共)?(?:答复|办结|处理完毕|办理完毕)$|申请.*(?:答复|办结)|(?:答复|办结|办理完毕)[^，,。；]*申请",
    ),
    MetricRule("applications_processed", COUNT, after=r"[^，,。；]*申请[^，,。；]*(?:已|均)[^，,。；]*(?:答复|办结)"),
    MetricRule("applications_processed", COUNT, after=r"[^，,。；]*均[^，,。；]*(?:答复|办结)"),
    MetricRule("applications_processed", COUNT, before=r"办理结果(?:总计|合计)$"),
    MetricRule("applications_processed", COUNT, before=r"处理(?:了)?依申请公开(?:的)?(?:政府)?信息(?:申请)?$"),
    # A window's approval applications (窗口…共受理申请N件) are not disclosure applications: the sentence
    # must speak of disclosure or information.
    MetricRule(
        "applications_received",
        COUNT,
        before=rf"(?:受理|收到|新收|接到|接收|共有|本年度?).*{APPLICATION}|{APPLICATION}(?:数量|总数)?(?:共|为)?$",
        sentence=r"公开|信息",
    ),
    MetricRule("applications_received", ("件",), before=r"(?:办理|受理|收到)依申请公开$"),
    # The number before the noun: 共收到70件申请, 收到12件政府信息公开申请
    MetricRule(
        "applications_received",
        ("件",),
        before=r"(?:受理|收到|接到|接收)$",
        after=r"[^，,。；]{0,8}申请",
        sentence=r"公开|信息",
    ),
    MetricRule(
        "fees_charged", ("元", "万元"), before=r"收费|费用|检索费|复制费|邮寄费|收取", not_before=r"行政事业性|罚没|税"
    ),
    MetricRule("disclosure_staff", ("名", "人"), before=r"专兼职"),
    MetricRule("disclosure_staff_fulltime", ("名", "人"), before=r"专职|全职"),
    MetricRule("disclosure_staff_parttime", ("名", "人"), before=r"兼职"),
    MetricRule("disclosure_staff_fulltime", ("名", "人"), after=r"专职|全职"),
    MetricRule("disclosure_staff_parttime", ("名", "人"), after=r"(?:工作)?人员?兼职|兼职"),
    MetricRule(
        "disclosure_staff",
        ("名", "人"),
        before=r"(?:配备|配置|安排|落实|确定|明确|指定|设)(?:了)?(?:工作)?(?:人员)?$",
        after=r"(?:信息公开)?(?:工作)?人员",
        not_before=r"分别|各(?:处室|科室|股室|单位|部门)",
    ),  # per unit
    MetricRule("disclosure_staff", ("名", "人"), before=r"(?:工作|信息公开)人员"),
    # 由3名同志具体承办公开工作: the staff doing the disclosure work
    MetricRule("disclosure_staff", ("名",), after=r"(?:工作人员|同志)[^，,。；]{0,6}(?:承办|负责|从事)[^，,。；]*公开"),
    MetricRule(
        "publicity_materials_printed",
        ("份", "册", "本", "张"),
        before=r"宣传|资料|手册|明白纸|明白卡|折页|单页|挂图",
        sentence=r"印发|发放|印制|派发|分发",
    ),
    MetricRule(
        "public_opinion_responses",
        ("次", "条", "件"),
        before=r"舆情|回应[^，,。；]*(?:关切|关注|留言|诉求)",
        sentence=r"回应|处置",
    ),
    MetricRule("npc_cppcc_proposals_handled", ("件",), before=r"(?:人大|代表)建议|(?:政协|委员)提案|建议提案"),
    MetricRule(
        "consultations_handled", ("人次", "次"), before=r"[咨谘]询[^，,。；]*$", not_before=r"培训|会议|访问|点击|浏览"
    ),
    MetricRule("training_participants", ("人次", "人"), sentence=r"培训"),
    MetricRule("training_sessions", ("次", "场", "期"), before=r"培训"),
    MetricRule("training_sessions", ("次", "场", "期"), after=r"(?:业务|专题|集中)?培训"),
    MetricRule(
        "service_items_processed", ("件",), before=r"办理(?:各类)?(?:事项|业务|审批)|办件|受理(?:各类)?(?:事项|业务)"
    ),
    MetricRule("filing_deadline_workdays", ("个工作日",), sentence=r"报送|备案"),
    MetricRule("response_deadline_workdays", ("个工作日",), sentence=r"答复|回复"),
    MetricRule("websites_to_consolidate", ("个",), after=r"[^，,。；]{0,8}网站", sentence=r"整合|集约|关停|迁移|下线"),
    MetricRule("items_published_on_province_portal", ("条", "篇"), before=r"省人民政府(?:门户)?网站"),
    MetricRule("items_published_on_city_portal", ("条", "篇"), before=r"市人民政府(?:门户)?网站"),
    MetricRule("items_published_on_county_portal", ("条", "篇"), before=r"[县区]人民政府(?:门户)?网站"),
    MetricRule("portal_items_published", ("条", "篇"), before=r"网站.*(?:刊登|发布|公开|更新|上传)"),
    MetricRule("website_security_rectifications", ("次",), sentence=r"网站.*安全|安全.*网站", before=r"^[^，,]*$"),
    # Percentages the reports state about their own work.
    MetricRule("electronic_records_rate", ("%",), before=r"电子化率|电子化$"),
    MetricRule("online_processing_rate", ("%",), before=r"网上(?:可)?办理率|网办率|全程网办"),
    MetricRule("on_time_response_rate", ("%",), before=r"按时(?:答复|办结)率|按期(?:答复|办结)率|办结率|答复率"),
    MetricRule("satisfaction_rate", ("%",), before=r"满意率|满意度"),
    MetricRule("service_hall_coverage_rate", ("%",), before=r"进驻率"),
    # Last: information published without saying 主动 (专栏公开信息186条) once no portal rule claimed it.
    MetricRule("proactive_disclosed_items", ("条",), before=r"公开[^，,。；]{0,8}信息$", fallback=True),
    MetricRule("proactive_disclosed_items", ("条",), before=r"公开$", after=r"(?:政府|政务)?信息", fallback=True),
    # Information published on a topic (专栏发布疫情信息540条, 共公开51条…相关信息): a part, never the total.
    MetricRule(TOPIC_ITEMS, ("条", "篇"), before=r"(?:发布|公布|推送)[^，,。；]{0,10}信息$"),
    MetricRule(TOPIC_ITEMS, ("条", "篇"), before=r"(?:发布|公开|公布)$", after=r"[^，,。；]{0,12}信息"),
)


RULES_BY_UNIT: dict[str, tuple[MetricRule, ...]] = {
    unit: tuple(r for r in METRIC_RULES if unit in r.units) for unit in UNITS
}


@dataclass(slots=True)
class Fact:
    metric: str
    value: float
    unit: str
    approx: bool
    source: str
    quote: str
    char_start: int
    char_end: int
    table: str | None = None  # the standard table a `source='table'` fact was derived from
    flags: str | None = None  # e.g. a narrative count that disagrees with the table
    # Computed from stated numbers (a sum of table rows or blocks) rather than stated by the text.
    derived: bool = False


# The farthest a clause or sentence reaches from a number, either way. Without a bound, a long line without a
# break made every count on it search and read the whole line (quadratic: 20k characters of 共1件 took 32 s);
# no sentence a person writes is this long.
MAX_CLAUSE = 400


class Breaks:
    """Where the clause (or sentence) around an offset starts and ends: just after the nearest break
    character before it, at the first one from it on. Found by two short searches — the one backwards runs
    forwards over the reversed text — rather than by listing every break of the text: a document has ~140
    breaks and ~15 counts."""

    def __init__(self, owner: TextBreaks, pattern: re.Pattern):
        self.owner = owner
        self.pattern = pattern

    def start(self, pos: int) -> int:
        n = len(self.owner.text)
        m = self.pattern.search(self.owner.reversed, n - pos, n - pos + MAX_CLAUSE)
        return n - m.start() if m else max(0, pos - MAX_CLAUSE)

    def end(self, pos: int) -> int:
        m = self.pattern.search(self.owner.text, pos, pos + MAX_CLAUSE)
        return m.start() if m else min(len(self.owner.text), pos + MAX_CLAUSE)

    def around(self, start: int, end: int) -> str:
        """The clause (or sentence) that holds text[start:end]."""
        return self.owner.text[self.start(start) : self.end(end)]


class TextBreaks:
    """The clause, list-clause and sentence boundaries of a text."""

    def __init__(self, text: str):
        self.text = text
        self.clauses = Breaks(self, CLAUSE_BREAK)
        self.list_clauses = Breaks(self, LIST_CLAUSE_BREAK)
        self.sentences = Breaks(self, SENTENCE_BREAK)

    @cached_property
    def reversed(self) -> str:
        return self.text[::-1]


def strip_lead_words(before: str) -> str:
    """`before` without the run of lead words at its end (累计达 written right before the number). Which
    word ends the text is decided by its last character and the one before, so stripping from the end
    finds the same run as a regex would."""
    while before and before[-1] in LEAD_WORD_ENDS:
        word = next((w for w in LEAD_WORDS if before.endswith(w)), None)
        if word is None:
            break
        before = before[: -len(word)]
    return before


def strip_approx_word(before: str) -> str:
    """`before` without one approximation word at its end, the longest one (将近, not 近)."""
    if before and before[-1] in APPROX_WORD_ENDS:
        for word in APPROX_WORDS_BEFORE:
            if before.endswith(word):
                return before[: -len(word)]
    return before


def _quote(text: str, start: int, end: int) -> tuple[str, int, int]:
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    return text[start:end], start, end


def _looks_like_lost_digits(num: str) -> bool:
    """2021926 is 2021-9-26 with its separators dropped, not a count: a plausible year followed by a month
    and (optionally) a day, however the remaining digits split."""
    digits = num.replace(",", "")
    if not digits.isdigit() or not 6 <= len(digits) <= 8 or not 1990 <= int(digits[:4]) <= 2035:
        return False
    rest = digits[4:]
    for split in (1, 2):
        month, day = rest[:split], rest[split:]
        if month and 1 <= int(month) <= 12 and len(day) <= 2 and (not day or 1 <= int(day) <= 31):
            return True
    return False


def number_facts(text: str, breaks: TextBreaks | None = None) -> list[Fact]:
    facts = []
    fallbacks: set[int] = set()  # the facts found by a `fallback` rule
    breaks = breaks or TextBreaks(text)
    clauses, sentences = breaks.clauses, breaks.sentences
    for m in MENTION.finditer(text):
        num, mult, approx_after, unit, approx_tail = m.groups()
        rules = RULES_BY_UNIT[unit]
        if not rules:
            continue
        start, end = m.span()
        signed = start > 0 and text[start - 1] in SIGNS
        start -= signed
        previous = text[start - 1] if start else ""
        if previous in NOT_A_COUNT_BEFORE or NOT_A_COUNT_AFTER.match(text, end):
            continue
        if not num[0].isdigit() and (previous in FALSE_NUMERAL_WORDS or NUMERAL_WORD_AFTER.match(text, end)):
            continue
        if len(num) >= 6 and _looks_like_lost_digits(num):
            continue
        clause_start, clause_end = clauses.start(start), clauses.end(end)
        before = text[clause_start:start]
        if TARGET.search(before):
            continue
        # A space may stand between the words and the number (申请 19 件), as between the number and its unit.
        before_core = strip_approx_word(strip_lead_words(before.rstrip(" \t")))
        after = text[end:clause_end]
        rule = first_matching_rule(
            candidate_rules(rules, before_core[-1:]), before_core, after, partial(sentences.around, start, end)
        )
        if rule is None:
            continue
        value = parse_number(num, mult)
        if signed:
            value = -value  # kept as written: validation, not extraction, decides a negative count is wrong
        if unit in ("万元", "亿元") and rule.metric == "fees_charged":
            value, unit = value * (10_000 if unit == "万元" else 100_000_000), "元"
        approx = bool(approx_after or approx_tail or before.endswith(APPROX_WORDS_BEFORE))
        quote_end = end
        if rule.after:
            matched_after = rule._after.match(after) if rule._after else None
            quote_end = end + (matched_after.end() if matched_after else 0)
        quote, q_start, q_end = _quote(text, clause_start, quote_end)
        facts.append(Fact(rule.metric, value, unit, approx, "narrative", quote, q_start, q_end))
        if rule.fallback:
            fallbacks.add(id(facts[-1]))
    if fallbacks:
        firm = {f.metric for f in facts if id(f) not in fallbacks}
        for f in facts:
            if id(f) in fallbacks and f.metric in firm:
                f.metric = TOPIC_ITEMS
    _portal_count_as_total(facts)
    return facts


PORTAL_ITEMS = frozenset(
    (
        "portal_items_published",
        "items_published_on_province_portal",
        "items_published_on_city_portal",
        "items_published_on_county_portal",
    )
)


def _portal_count_as_total(facts: list[Fact]) -> None:
    """A report that states no proactive total but one count of information published on its portal
    (通过政府网站发布信息731条) states its year's proactive disclosures that way: that count is the total."""
    if any(f.metric == "proactive_disclosed_items" for f in facts):
        return
    on_portal = [f for f in facts if f.metric in PORTAL_ITEMS]
    if len(on_portal) == 1:
        on_portal[0].metric = "proactive_disclosed_items"


NEGATION = r"(?:未(?!经)|没有|无|尚无|均无|不存在)"  # 未经复议直接起诉 negates nothing; see NEGATION_STARTS
NOT_AN_APPLICATION = re.compile(
    r"复议|诉讼|投诉|举报|收费|费用"
)  # …or a fee (没有向申请人收费)  # 未收到…投诉 is not zero disclosure applications
NOT_A_DISCLOSURE_FEE = re.compile(r"行政事业性|罚没|税")  # 无行政事业性收费 is no fee revenue, not no disclosure fee
NARROWER_SCOPE = re.compile(r"被(?:判定|确认|认定)?违法|违法件|纠错|纠正|败诉|撤销|被判")
# (metrics, unit, a word the sentence must contain — a cheap test before the pattern —, pattern)
ZERO_STATEMENTS: tuple[tuple[tuple[str, ...], str, str, re.Pattern], ...] = (
    (("applications_carried_over",), "件", "结转", re.compile(rf"{NEGATION}(?:上一?年度?结转)")),
    (("applications_carried_forward",), "件", "结转", re.compile(rf"{NEGATION}(?:结转下一?年度?|转入下一?年度?)")),
    (
        ("applications_received",),
        "件",
        "申请",
        re.compile(
            rf"{NEGATION}(?:收到|受理|接到|发生|产生)?(?:任何)?[^，,。；;结转]{{0,12}}?"
            rf"(?:依申请公开|信息公开申请|申请公开|公开[^，,。；;结转费]{{0,4}}?申请)"
        ),
    ),
    (
        ("fees_charged",),
        "元",
        "费",
        re.compile(
            rf"{NEGATION}[^，,。；;]{{0,16}}?收取[^，,。；;]{{0,15}}?费|{NEGATION}(?:任何)?(?:收费|费用)"
            rf"|{NEGATION}[^，,。；;]{{0,16}}?(?:收费|处理费)"
            r"|没有任何收费|不收取任何费用|无收费|暂不收费"
        ),
    ),
    (
        ("normative_documents_published",),
        "件",
        "规范性文件",
        re.compile(rf"{NEGATION}(?:制发|发布|出台|制定|印发)[^，,。；;]{{0,8}}规范性文件"),
    ),
    (
        ("admin_reconsiderations", "admin_lawsuits"),
        "件",
        "行政",
        re.compile(
            rf"{NEGATION}(?:发生|出现|收到|接到|产生)?[^，,。；;]{{0,30}}?行政(?:复议|诉讼)(?:[^，,。；;]{{0,4}}行政(?:复议|诉讼))?"
        ),
    ),
)


for _metrics, _unit, _keyword, _pattern in ZERO_STATEMENTS:
    for _name in _metrics:
        registered_metric(_name, (_unit,))

# Every zero statement begins with a negation (or 不收取任何费用): trying the patterns only where one can
# begin is the same as scanning the whole text with each, at a fraction of the cost.
NEGATION_STARTS = "未没无尚均不暂"
STATEMENT_START = re.compile(rf"{NEGATION}|不收取任何费用|暂不收费")


def statement_starts(text: str) -> list[int]:
    """Where a zero statement can begin in `text`. Most 不 begin 不予 and most 均 均已: tested once here, they
    are not tried with every statement's pattern."""
    return [at for at in positions(text, NEGATION_STARTS) if STATEMENT_START.match(text, at)]


def zero_facts(text: str, breaks: TextBreaks | None = None) -> list[Fact]:
    facts = []
    clauses = (breaks or TextBreaks(text)).list_clauses
    negations = None
    for metrics, unit, keyword, pattern in ZERO_STATEMENTS:
        if keyword not in text:
            continue
        if negations is None:
            negations = statement_starts(text)
        for m in matches_at(pattern, text, negations):
            clause_start, clause_end = clauses.start(m.start()), clauses.end(m.end())
            rest = text[m.start() : clause_end]
            if NARROWER_SCOPE.search(rest):
                continue
            if metrics[0] == "applications_received" and NOT_AN_APPLICATION.search(rest):
                continue
            if metrics[0] == "fees_charged" and NOT_A_DISCLOSURE_FEE.search(m.group(0)):
                continue
            matched = m.group(0)
            quote, q_start, q_end = _quote(text, clause_start, clause_end)
            for metric in metrics:
                if metric == "admin_reconsiderations" and "复议" not in matched:
                    continue
                if metric == "admin_lawsuits" and "诉讼" not in matched:
                    continue
                facts.append(Fact(metric, 0.0, unit, False, "narrative", quote, q_start, q_end))
    return facts


def extract_facts(text: str) -> list[Fact]:
    """All narrative facts of a normalised text, in text order; one fact per (metric, quote)."""
    seen, unique = set(), []
    breaks = TextBreaks(text)
    for fact in sorted(number_facts(text, breaks) + zero_facts(text, breaks), key=lambda f: (f.char_start, f.metric)):
        key = (fact.metric, fact.char_start, fact.char_end, fact.value)
        if key not in seen:
            seen.add(key)
            unique.append(fact)
    return unique


def flag_disagreements(narrative: list[Fact], from_tables: list[Fact]) -> list[Fact]:
    """Both kept; when a narrative count and the table disagree, each says so in `flags`."""
    table_values = {f.metric: f for f in from_tables}
    for fact in narrative:
        other = table_values.get(fact.metric)
        if other is not None and abs(other.value - fact.value) > 1e-6 and not fact.approx:
            fact.flags = _with_flag(fact.flags, f"disagrees with the table: {other.value:g}")
            other.flags = _with_flag(other.flags, f"disagrees with the narrative: {fact.value:g}")
    return narrative + from_tables


def outside_spans(facts: list[Fact], spans: list[tuple[int, int]]) -> list[Fact]:
    """The facts that start outside every (start, end) span."""
    return [f for f in facts if not any(start <= f.char_start < end for start, end in spans)]


def _with_flag(flags: str | None, flag: str) -> str:
    return f"{flags}; {flag}" if flags else flag
