#!/usr/bin/env python3
"""Write the gongkai evaluation corpus (eval/corpus/) and its hand labels (eval/gold.jsonl).

Every document below is synthetic: written for this corpus in the style of real web copies of Chinese
government information-disclosure documents. Agency names are real bodies, but all texts, figures, index
numbers, phone numbers and document numbers are invented (cited national 文号 excepted); nothing here is a
real publication of the named body.

The script holds the full text of each document and its hand labels side by side, so a label and the
sentence it points at are edited together. Traditional-script files are produced from the Simplified source
held here with OpenCC (the version pinned in OPENCC_VERSION, from /work/main/.venv) and, for the two
"繁體版" pages, a fixed hand map of pinyin readings; quotes in the labels are always Simplified and are checked
by check_corpus.py against the normalised text (pinyin removed, OpenCC t2s).

Usage (from /work/main):   .venv/bin/python eval/make_corpus.py
It rewrites eval/corpus/ and eval/gold.jsonl and prints a sha256 per file plus one digest of the whole
corpus (recorded in eval/README.md), so a rerun can be compared byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
GOLD = HERE / "gold.jsonl"
OPENCC_VERSION = "1.4.2"

DOCS: list[dict] = []

# Readings used for the pinyin-annotated Traditional pages (a page of a "繁體版" site shows a reading after
# characters its font lacks). Only characters with one common reading are annotated.
PINYIN = {
    "務": "wù",
    "領": "lǐng",
    "導": "dǎo",
    "實": "shí",
    "國": "guó",
    "現": "xiàn",
    "報": "bào",
    "進": "jìn",
    "項": "xiàng",
    "點": "diǎn",
    "構": "gòu",
    "規": "guī",
    "劃": "huà",
    "請": "qǐng",
    "檢": "jiǎn",
    "職": "zhí",
    "輸": "shū",
    "運": "yùn",
}


def F(metric: str, value: float, unit: str, quote: str, approx: bool = False) -> dict:
    """One labelled fact; `quote` is an exact substring of the normalised Simplified text."""
    if float(value).is_integer():
        value = int(value)
    return {"metric": metric, "value": value, "unit": unit, "approx": approx, "quote": quote}


def doc(
    file: str,
    text: str,
    *,
    doc_type: str,
    agency: str | None,
    region: str | None,
    admin_level: str | None,
    report_year: int | None,
    top_sections: int,
    notes: str,
    publish_date: str | None = None,
    doc_number: str | None = None,
    index_no: str | None = None,
    title: str | None = None,
    cited: tuple | list = (),
    facts: tuple | list = (),
    agency_inferred: str | None = None,
    script: str = "simplified",
    opencc: str | None = None,
    pinyin_special: tuple = (),
) -> None:
    if agency is not None and agency_inferred is not None:
        raise ValueError(f"{file}: agency_inferred only when agency is null")
    if script != "simplified" and opencc is None:
        raise ValueError(f"{file}: a Traditional document needs an OpenCC config")
    gold = {"file": file, "doc_type": doc_type, "agency": agency}
    if agency is None:
        gold["agency_inferred"] = agency_inferred
    gold.update(
        {
            "region": region,
            "admin_level": admin_level,
            "report_year": report_year,
            "publish_date": publish_date,
            "doc_number": doc_number,
            "index_no": index_no,
            "script": script,
            "title": title,
            "top_sections": top_sections,
            "cited_doc_numbers": list(cited),
            "facts": list(facts),
            "notes": notes,
        }
    )
    DOCS.append(
        {
            "file": file,
            "text": text.lstrip("\n"),
            "gold": gold,
            "opencc": opencc,
            "pinyin": script == "traditional_pinyin",
            "pinyin_special": pinyin_special,
        }
    )


def add_pinyin(text: str, special: tuple) -> str:
    out = []
    for ch in text:
        out.append(ch)
        if ch in PINYIN:
            out.append(f"({PINYIN[ch]})")
    text = "".join(out)
    for old, new in special:  # one-off page damage: a doubled reading, a toneless reading
        if old not in text:
            raise ValueError(f"pinyin special {old!r} not found")
        text = text.replace(old, new, 1)
    return text


def render(d: dict) -> str:
    text = d["text"]
    if d["opencc"]:
        from importlib.metadata import version

        import opencc  # pinned: see OPENCC_VERSION

        if version("opencc") != OPENCC_VERSION:
            sys.exit(f"OpenCC {version('opencc')} installed; this corpus was written with {OPENCC_VERSION}")
        text = opencc.OpenCC(d["opencc"]).convert(text)
    if d["pinyin"]:
        text = add_pinyin(text, d["pinyin_special"])
    return text


# ---------------------------------------------------------------------------------------------------------
# Annual reports, 2008–2013 narrative outline (Regulations of 2007, art. 32)
# ---------------------------------------------------------------------------------------------------------

doc(
    "ar2009_baoji_tongji.txt",
    """
- 索引号: 610300-TJJ/2010-00012
- 发布机构: 宝鸡市统计局
- 发布时间: 2010-03-26
- 文号:
- 标题: 宝鸡市统计局2009年政府信息公开工作年度报告
宝鸡市统计局2009年政府信息公开工作年度报告
根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和市政府关于编制年度报告的统一安排，现公布宝鸡市统计局2009年度政府信息公开工作年度报告。全文包括概述，主动公开政府信息的情况，依申请公开政府信息的情况，政府信息公开的收费及减免情况，因政府信息公开申请行政复议、提起行政诉讼的情况，政府信息公开工作存在的主要问题及改进措施，其他需要报告的事项，共七个部分。报告中所列数据的统计期限自2009年1月1日起至2009年12月31日止。对本报告如有疑问，请与宝鸡市统计局办公室联系（电话：0917-3260513，邮编：721000）。
一、概述
2009年是《条例》全面施行后的第一个完整年度。市统计局把政府信息公开作为提升统计公信力、服务全市经济社会发展的一项基础性工作，围绕“制度建设、目录编制、数据发布”三个环节抓落实，信息公开工作逐步走上规范化轨道。
（一）健全工作机构。局里调整充实了政府信息公开工作领导小组，局长任组长，两名副局长任副组长，各科室负责人为成员。领导小组办公室设在局办公室，配备专职工作人员1名、兼职工作人员3名，具体承担信息的收集、审核、发布和依申请公开的受理工作。
（二）完善制度规范。年内先后制定《宝鸡市统计局政府信息公开保密审查办法》《宝鸡市统计局依申请公开政府信息工作流程》和《统计数据发布管理暂行规定》，对公开的范围、程序、时限和责任作出明确规定，做到统计数据发布有章可循、有据可查。
（三）抓好学习培训。全年举办政府信息公开专题培训两次，邀请市政府办公室信息公开科的同志授课，局机关和各县区统计局业务骨干共86人次参加了培训，干部职工依法公开的意识明显增强。
二、主动公开政府信息的情况
（一）公开的主要内容。2009年，我局通过市政府门户网站、宝鸡统计信息网、《宝鸡统计月报》和新闻发布会等途径，主动公开政府信息386条。其中，机构职能类21条，统计法规类34条，统计数据类257条，统计分析类74条。自2008年5月《条例》施行以来，我局累计主动公开政府信息672条。
（二）公开的主要形式。一是在宝鸡统计信息网设立“政府信息公开”专栏，按照公开目录分类发布，方便公众检索；二是按月编印《宝鸡统计月报》，向市级机关、新闻单位和社会公众赠阅；三是在局机关一楼设立政府信息查阅室，放置统计年鉴、统计公报等资料，供群众免费查阅；四是结合“12·4”法制宣传日和统计开放日活动，印发《条例》宣传手册和统计法律知识读本4800余份。
（三）统计数据发布情况。严格执行统计数据发布日程表，按时发布全市月度、季度和年度主要统计数据，发布了《2008年宝鸡市国民经济和社会发展统计公报》，并通过报纸、电视对全市经济运行情况进行解读，做到数出有据、发布及时。对社会关注的居民收入、物价变动等数据，在发布时一并说明统计口径和计算方法，减少社会误读。
三、依申请公开政府信息的情况
2009年，我局共受理政府信息公开申请12件，其中当面申请4件、网上申请6件、信函申请2件。申请内容主要涉及全市人口、职工工资和居民消费价格等统计数据。截至年底，已答复12件，其中同意公开9件，部分公开1件；另有2件所申请信息不属于本机关掌握范围，已告知申请人向有关机关咨询。所有申请均在《条例》规定的期限内作出答复。
四、政府信息公开的收费及减免情况
我局在办理依申请公开政府信息过程中，未收取任何费用，也未发生减免费用的情况。
五、因政府信息公开申请行政复议、提起行政诉讼的情况
2009年，我局未发生因政府信息公开申请行政复议、提起行政诉讼的情况。
六、政府信息公开工作存在的主要问题及改进措施
（一）存在的主要问题。一是个别科室对信息公开工作重视不够，报送信息不够及时；二是公开内容以统计数据为主，对数据的解读和说明还不够充分；三是网站栏目设置有待优化，公众查询还不够方便。
（二）改进措施。一是进一步加强领导，把信息公开工作纳入科室年度目标责任考核；二是丰富公开内容，加大统计分析和数据解读的公开力度；三是改版宝鸡统计信息网，增设数据查询功能，提高信息公开的便民程度；四是加强对县区统计局信息公开工作的指导，推动全市统计系统信息公开水平整体提升。
七、其他需要报告的事项
本年度无其他需要报告的事项。
""",
    doc_type="annual_report",
    agency="宝鸡市统计局",
    region="陕西省宝鸡市",
    admin_level="city",
    report_year=2009,
    publish_date="2010-03-26",
    index_no="610300-TJJ/2010-00012",
    title="宝鸡市统计局2009年政府信息公开工作年度报告",
    top_sections=7,
    facts=[
        F("disclosure_staff_fulltime", 1, "名", "配备专职工作人员1名"),
        F("disclosure_staff_parttime", 3, "名", "兼职工作人员3名"),
        F("training_sessions", 2, "次", "举办政府信息公开专题培训两次"),
        F("training_participants", 86, "人次", "共86人次参加了培训"),
        F("proactive_disclosed_items", 386, "条", "主动公开政府信息386条"),
        F("proactive_disclosed_cumulative", 672, "条", "累计主动公开政府信息672条"),
        F("publicity_materials_printed", 4800, "份", "统计法律知识读本4800余份", approx=True),
        F("applications_received", 12, "件", "共受理政府信息公开申请12件"),
        F("applications_in_person", 4, "件", "当面申请4件"),
        F("applications_online", 6, "件", "网上申请6件"),
        F("applications_by_letter", 2, "件", "信函申请2件"),
        F("applications_processed", 12, "件", "已答复12件"),
        F("applications_granted", 9, "件", "同意公开9件"),
        F("applications_partially_granted", 1, "件", "部分公开1件"),
        F("fees_charged", 0, "元", "未收取任何费用"),
        F("admin_reconsiderations", 0, "件", "未发生因政府信息公开申请行政复议、提起行政诉讼的情况"),
        F("admin_lawsuits", 0, "件", "未发生因政府信息公开申请行政复议、提起行政诉讼的情况"),
    ],
    notes="2008–2013 narrative outline with seven sections (概述 … 其他需要报告的事项). Metadata block of "
    "'- key: value' lines with an empty 文号. Not counts: 七个部分, 两名副局长 (leaders, not disclosure "
    "staff), 三个环节, 0917-3260513, 721000, “12·4” (a date), 2008年5月. The category split 21/34/257/74 "
    "is a breakdown of the 386, not a separate total; 672 is cumulative since 2008. The 2 applications "
    "answered as 不属于本机关掌握 have no vocabulary metric.",
)

doc(
    "ar2011_tonglu_repost.txt",
    """
- 索引号: 002541843/2015-00231
- 发布机构: 县政府办公室
- 发布时间: 2015-06-18
- 组配分类: 政府信息公开年报
- 标题: 桐庐县人民政府2011年政府信息公开工作年度报告
桐庐县人民政府2011年政府信息公开工作年度报告
（本文系网站改版后由原“桐庐县政府信息公开网”迁移重新发布，内容未作改动。）
本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由桐庐县人民政府办公室汇总全县各乡镇（街道）和县级各部门的年度报告编制而成。全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、收费及减免情况、行政复议和行政诉讼情况、存在的主要问题及改进措施、其他需要报告的事项等七个部分。本报告中所列数据的统计期限为2011年1月1日至2011年12月31日。本报告的电子版可在桐庐县政府门户网站下载。
一、概述
2011年，全县各级行政机关认真贯彻《条例》和省、市关于政府信息公开工作的部署，以推进权力公开透明运行为抓手，继续完善公开制度，拓展公开渠道，政府信息公开工作总体平稳有序。
（一）组织保障进一步加强。县政府调整了政府信息公开工作领导小组，由常务副县长任组长，县政府办公室主任任副组长，县监察局、县法制办、县档案局等单位负责人为成员。全县各单位共有专兼职政府信息公开工作人员超过150名，基本做到了机构、人员、职责“三落实”。
（二）制度体系进一步完善。年内修订了《桐庐县政府信息公开保密审查办法》和《桐庐县依申请公开政府信息办理规程》，出台了政府信息公开工作考核办法，把信息公开工作纳入县级部门和乡镇（街道）年度综合考评，考评结果在全县通报。
（三）公开平台进一步拓展。在县政府门户网站政府信息公开专栏的基础上，在县档案馆、县图书馆和县行政服务中心设立政府信息公开查阅点，在各乡镇（街道）便民服务中心设置公开栏，方便群众就近查阅。县政府办公室和县行政服务中心还设立了咨询窗口，全年接受群众现场咨询和电话咨询1860余人次，均当场答复或转有关部门答复。
二、主动公开政府信息情况
2011年，全县各级行政机关共主动公开政府信息2316条，其中县政府及县政府办公室公开文件、公告及人事任免信息406条，县级部门公开1538条，乡镇（街道）公开372条。截至2011年底，全县累计主动公开政府信息1.27万条。
全年重点做好四个方面的公开：一是财政预决算和“三公”经费公开，县本级财政预算和决算报告全文在门户网站公布；二是征地拆迁和保障性住房信息公开，各征收项目的补偿标准、安置方案均张榜公示；三是行政审批事项公开，县行政服务中心进驻事项的办事指南、办理流程和收费标准全部上网；四是重大项目建设信息公开，及时发布项目审批、招投标和工程进度等信息。
三、依申请公开政府信息情况
2011年，全县共收到政府信息公开申请34件，其中网上申请21件、当面申请9件、信函申请4件。申请内容主要集中在征地拆迁补偿、规划审批和社会保障等方面。34件申请已全部按期答复，其中同意公开23件、部分公开5件、不予公开2件，其余4件因信息不存在或不属于本机关职责范围，已依法告知申请人。
四、收费及减免情况
全县各级行政机关在提供政府信息过程中，按照省物价局核定的标准收取检索费、复制费、邮寄费共计126元，未发生减免情况。
五、行政复议和行政诉讼情况
2011年，全县因政府信息公开被申请行政复议1件，复议机关维持了原答复意见；未发生因政府信息公开引起的行政诉讼。
六、存在的主要问题及改进措施
（一）存在的主要问题。一是部分单位主动公开的信息更新不及时，公开内容以工作动态为主，群众关心的实质性信息偏少；二是依申请公开的办理质量参差不齐，答复文书格式不够规范；三是乡镇（街道）信息公开工作力量较为薄弱。
（二）改进措施。一是加强督促检查，定期通报各单位信息更新情况；二是规范依申请公开答复文书，统一格式文本；三是组织专题业务培训，重点提高乡镇（街道）工作人员的业务能力；四是进一步完善考核办法，加大考核结果运用力度。
七、其他需要报告的事项
无。
""",
    doc_type="annual_report",
    agency="桐庐县人民政府",
    region="浙江省杭州市桐庐县",
    admin_level="county",
    report_year=2011,
    publish_date="2015-06-18",
    index_no="002541843/2015-00231",
    title="桐庐县人民政府2011年政府信息公开工作年度报告",
    top_sections=7,
    facts=[
        F("disclosure_staff", 150, "名", "专兼职政府信息公开工作人员超过150名", approx=True),
        F("proactive_disclosed_items", 2316, "条", "共主动公开政府信息2316条"),
        F("proactive_disclosed_cumulative", 12700, "条", "累计主动公开政府信息1.27万条"),
        F("applications_received", 34, "件", "共收到政府信息公开申请34件"),
        F("applications_online", 21, "件", "网上申请21件"),
        F("applications_in_person", 9, "件", "当面申请9件"),
        F("applications_by_letter", 4, "件", "信函申请4件"),
        F("applications_processed", 34, "件", "34件申请已全部按期答复"),
        F("applications_granted", 23, "件", "同意公开23件"),
        F("applications_partially_granted", 5, "件", "部分公开5件"),
        F("applications_denied", 2, "件", "不予公开2件"),
        F("fees_charged", 126, "元", "邮寄费共计126元"),
        F("admin_reconsiderations", 1, "件", "被申请行政复议1件"),
        F("admin_lawsuits", 0, "件", "未发生因政府信息公开引起的行政诉讼"),
    ],
    notes="Re-post trap: a 2011 report re-published on 2015-06-18 after a site redesign; 索引号 carries the "
    "publish year 2015; report_year is 2011 (title and statistics period). County government reporting "
    "county-wide figures; 发布机构 abbreviated (县政府办公室). The negation covers only lawsuits: one "
    "reconsideration happened. Not counts: 1860余人次 (consultations, no vocabulary metric), 七个部分, "
    "四个方面, “三落实”; 406/1538/372 is a breakdown of 2316; 1.27万 = 12700 is cumulative; the 4 "
    "remaining applications (信息不存在/非本机关) have no metric.",
)

doc(
    "ar2013_sichuan_linye.html",
    """
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>四川省林业厅2013年政府信息公开工作年度报告 - 四川省林业厅</title>
<meta name="ArticleTitle" content="四川省林业厅2013年政府信息公开工作年度报告">
<meta name="PubDate" content="2014-03-21 16:05">
<meta name="ContentSource" content="四川省林业厅">
<link href="/images/xxgk.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/js/jquery.js"></script>
</head>
<body>
<div class="top"><a href="/">网站首页</a> | <a href="/jianti/">简体</a> | <a href="/fanti/">繁體</a> | <a href="/wza/">无障碍</a></div>
<div class="nav">
  <a href="/">首页</a><a href="/ldzc/">领导之窗</a><a href="/xxgk/">政府信息公开</a><a href="/zwfw/">网上办事</a><a href="/gzcy/">公众参与</a><a href="/lyzy/">林业资源</a>
</div>
<div class="position">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/xxgk/">政府信息公开</a> &gt;&gt; <a href="/xxgk/ndbg/">政府信息公开年度报告</a></div>
<table class="xxgk_table" width="100%" border="1" cellspacing="0">
  <tr><td>索&nbsp;引&nbsp;号：</td><td>008465711/2014-00037</td><td>发布机构：</td><td>省林业厅</td></tr>
  <tr><td>生成日期：</td><td>2014-03-20</td><td>发布日期：</td><td>2014-03-21</td></tr>
  <tr><td>名&nbsp;&nbsp;&nbsp;&nbsp;称：</td><td colspan="3">四川省林业厅2013年政府信息公开工作年度报告</td></tr>
  <tr><td>文&nbsp;&nbsp;&nbsp;&nbsp;号：</td><td colspan="3">&nbsp;</td></tr>
</table>
<h1 class="title">四川省林业厅2013年政府信息公开工作年度报告</h1>
<div class="info">发布时间：2014-03-21&nbsp;&nbsp;来源：办公室&nbsp;&nbsp;【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】&nbsp;【<a href="javascript:window.print()">打印</a>】&nbsp;【<a href="javascript:window.close()">关闭</a>】</div>
<div id="zoom"><div class="TRS_Editor">
<p>根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《四川省政府信息公开规定》，现公布四川省林业厅2013年政府信息公开工作年度报告。报告由概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开收费及减免情况，因政府信息公开申请行政复议、提起行政诉讼情况，存在的主要问题和改进措施，其他需要报告的事项组成。报告中所列数据统计期限自2013年1月1日起至2013年12月31日止。本报告在四川省林业厅门户网站公布，如对本报告有疑问，请与省林业厅办公室联系（联系电话：028-83360651）。</p>
<p>一、概述</p>
<p>2013年，省林业厅按照国务院办公厅关于政府信息公开重点工作的安排和省政府的部署，围绕林业改革发展中心工作，着力推进行政审批、森林资源管理、生态建设资金使用等重点领域信息公开，公开工作的制度化、规范化水平进一步提高。</p>
<p>（一）加强组织领导。厅政府信息公开工作领导小组由厅长任组长，分管副厅长任副组长，厅机关各处室和直属单位主要负责人为成员，办公室负责日常工作，厅信息中心负责网站技术保障，形成了分工明确、运转协调的工作格局。</p>
<p>（二）健全工作制度。修订《四川省林业厅政府信息公开工作规程》，进一步明确公开属性审查、保密审查和发布流程，对涉及林权、征占用林地等敏感信息，实行处室初审、办公室复审、分管厅领导审定的三级审核制度。</p>
<p>（三）强化监督考核。把政府信息公开工作纳入厅机关处室和直属单位年度目标考核，年中、年底两次对各单位信息公开情况开展检查，并对检查发现的问题督促整改。</p>
<p>二、主动公开政府信息情况</p>
<p>（一）公开数量。2013年，我厅主动公开政府信息1846条，其中通过厅门户网站公开1702条，通过《四川林业》杂志、新闻发布会等其他方式公开144条。全年公开规范性文件5件，均在印发后15个工作日内上网。</p>
<p>（二）重点领域公开。一是行政审批信息公开，在门户网站公开行政许可项目的设定依据、申请条件、办理程序和办理结果；二是林业资金信息公开，对天然林保护、退耕还林等中央和省级财政资金的分配方案和下达情况进行公示；三是森林资源信息公开，定期公布全省森林覆盖率、森林火灾和林业有害生物发生情况；四是“4·20”芦山强烈地震后，及时发布灾区林业受灾情况和灾后重建项目安排，全年就灾后重建、森林防火等热点问题回应社会关切23次。</p>
<p>（三）建议提案办理公开。全年办理省人大代表建议和省政协委员提案68件，办理结果均按要求答复代表委员，并在门户网站公开办理复文摘要。</p>
<p>三、依申请公开政府信息情况</p>
<p>2013年，我厅共受理政府信息公开申请27件，较上年增加8件。从申请方式看，网上申请19件，信函申请6件，当面申请2件。从申请内容看，主要涉及林地征占用审批、林权证办理和森林生态效益补偿等方面。截至2013年12月31日，已办结26件，其中同意公开17件，部分公开4件，不予公开3件，非本机关掌握2件；结转下年度办理1件。</p>
<p>四、政府信息公开收费及减免情况</p>
<p>2013年，我厅在依申请公开工作中未收取任何费用。</p>
<p>五、因政府信息公开申请行政复议、提起行政诉讼情况</p>
<p>2013年，我厅因政府信息公开被申请行政复议2件，复议机关均维持了我厅的答复；未被提起行政诉讼。</p>
<p>六、存在的主要问题和改进措施</p>
<p>（一）主要问题。一是部分直属单位对信息公开工作认识不到位，主动公开的自觉性不强；二是政策解读和回应关切的形式比较单一；三是依申请公开答复的规范化程度有待提高。</p>
<p>（二）改进措施。一是加大考核力度，把主动公开的及时性、完整性作为考核重点；二是探索运用图解、问答等形式解读林业政策；三是加强依申请公开业务培训，规范答复文书和办理程序。</p>
<p>七、其他需要报告的事项</p>
<p>无。</p>
</div></div>
<div class="share">分享到：<a href="#">微博</a> <a href="#">微信</a> <a href="#">QQ空间</a></div>
<div class="related">相关链接：<a href="/xxgk/ndbg/2012/">四川省林业厅2012年政府信息公开工作年度报告</a></div>
<div class="footer">
<p>主办：四川省林业厅&nbsp;&nbsp;承办：四川省林业厅信息中心&nbsp;&nbsp;地址：成都市人民北路</p>
<p>蜀ICP备05010888号&nbsp;&nbsp;网站标识码：5100000046&nbsp;&nbsp;<a href="/sitemap/">网站地图</a>&nbsp;&nbsp;<a href="#top">返回顶部</a></p>
</div>
</body>
</html>
""",
    doc_type="annual_report",
    agency="四川省林业厅",
    region="四川省",
    admin_level="province",
    report_year=2013,
    publish_date="2014-03-21",
    index_no="008465711/2014-00037",
    title="四川省林业厅2013年政府信息公开工作年度报告",
    top_sections=7,
    facts=[
        F("proactive_disclosed_items", 1846, "条", "我厅主动公开政府信息1846条"),
        F("normative_documents_published", 5, "件", "全年公开规范性文件5件"),
        F("public_opinion_responses", 23, "次", "回应社会关切23次"),
        F("npc_cppcc_proposals_handled", 68, "件", "办理省人大代表建议和省政协委员提案68件"),
        F("applications_received", 27, "件", "共受理政府信息公开申请27件"),
        F("applications_online", 19, "件", "网上申请19件"),
        F("applications_by_letter", 6, "件", "信函申请6件"),
        F("applications_in_person", 2, "件", "当面申请2件"),
        F("applications_processed", 26, "件", "已办结26件"),
        F("applications_granted", 17, "件", "同意公开17件"),
        F("applications_partially_granted", 4, "件", "部分公开4件"),
        F("applications_denied", 3, "件", "不予公开3件"),
        F("applications_carried_forward", 1, "件", "结转下年度办理1件"),
        F("fees_charged", 0, "元", "未收取任何费用"),
        F("admin_reconsiderations", 2, "件", "被申请行政复议2件"),
        F("admin_lawsuits", 0, "件", "未被提起行政诉讼"),
    ],
    notes="HTML page: content in <div id=\"zoom\"><div class=\"TRS_Editor\">, headings as <p> lines; chrome "
    "around it (top links incl. 繁體, nav, 当前位置 breadcrumb, 字体 大 中 小, 打印/关闭, 分享到, 相关链接 "
    "to the 2012 report, footer with ICP备 and 网站标识码). Metadata table with spaced labels (索&nbsp;引"
    "&nbsp;号), abbreviated 发布机构 (省林业厅), 生成日期 2014-03-20 vs 发布日期 2014-03-21, and an "
    "empty 文号 cell → doc_number null. Not counts: 较上年增加8件 (a change), 两次…检查 (inspections, "
    "not training), 15个工作日, “4·20” (a date), 028-83360651, 5100000046, 1702/144 (breakdown of "
    "1846), 非本机关掌握2件 (no metric).",
)

doc(
    "ar2013_fuping_longquanguan.txt",
    """
阜平县龙泉关镇人民政府2013年政府信息公开工作年度报告
发布日期：2014-03-05　　信息来源：龙泉关镇人民政府　　【字体：大 中 小】
根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和县政府办公室关于做好2013年度政府信息公开年度报告工作的通知要求，结合我镇实际，编制本报告。本报告由概述、主动公开政府信息情况、依申请公开政府信息情况、收费及减免情况、行政复议和行政诉讼情况、存在的主要问题及改进措施六个部分组成，所列数据统计期限为2013年1月1日至12月31日。
一、概述
2013年，龙泉关镇党委、政府把政府信息公开工作作为密切联系群众、促进依法行政的重要内容，与全镇扶贫开发、生态建设和民生保障等中心工作同部署、同落实。镇政府成立了由镇长任组长、分管副镇长任副组长的政府信息公开工作领导小组，明确党政办公室为信息公开工作机构，由三名工作人员兼职负责信息的收集、整理和发布。
年内制定了《龙泉关镇政务公开栏管理制度》和《龙泉关镇村务公开监督办法》，把政务公开和村务公开结合起来抓，做到镇里的事务在镇政务公开栏公开、村里的事务在村务公开栏公开。全年组织镇机关干部和各村村干部开展政务公开培训两次，重点学习《条例》和惠农政策公开的有关要求，使镇村干部明白哪些信息应当公开、怎样公开、何时公开。
二、主动公开政府信息情况
（一）公开内容。2013年，我镇通过县政府门户网站乡镇信息公开专栏、镇政务公开栏和各村村务公开栏，主动公开政府信息126条。主要包括：镇政府机构设置、领导分工和办事指南；新农合、新农保、农村低保、五保供养等惠民政策及享受对象名单；粮食直补、良种补贴和退耕还林补助资金发放情况；扶贫开发项目和资金安排情况；计划生育奖励扶助对象等。
（二）公开形式。一是网上公开，在县政府门户网站更新镇情简介、工作动态和各类公示公告；二是公开栏公开，镇政府院内设立政务公开栏，各村设立村务公开栏，按季度更新，涉及群众切身利益的事项随时公开；三是入户宣传，结合“大走访”活动，组织包村干部入户讲解惠农政策，全年印发惠农政策明白纸一万余份，做到政策家喻户晓。
（三）重点事项公开。对低保对象的评定，严格执行村民代表评议、村内公示、镇政府审核、县民政局审批的程序，评议结果在村务公开栏公示7天；对扶贫项目资金的使用，在项目村公示项目名称、资金数额、建设内容和受益农户，接受群众监督。
三、依申请公开政府信息情况
2013年，本镇未收到政府信息公开申请。
四、收费及减免情况
本年度无收费及减免情况。
五、行政复议和行政诉讼情况
2013年，本镇未发生因政府信息公开引起的行政复议和行政诉讼。
六、存在的主要问题及改进措施
我镇信息公开工作还存在一些不足：一是工作人员均为兼职，业务能力有待提高；二是网上公开的信息数量偏少，更新不够及时；三是个别村的村务公开栏内容陈旧，公开不够规范。
下一步，我镇将从三个方面改进：一是加强学习培训，提高工作人员的业务水平；二是明确专人负责网上信息报送，做到信息及时更新；三是加强对村务公开的督促检查，每季度检查一次，对公开不及时的村进行通报，切实保障群众的知情权、参与权和监督权。
【打印本页】　【关闭窗口】
主办：阜平县人民政府办公室　　地址：阜平县城兴华街　　联系电话：0312-7222312
冀ICP备09014227号
""",
    doc_type="annual_report",
    agency="阜平县龙泉关镇人民政府",
    region="河北省保定市阜平县龙泉关镇",
    admin_level="township",
    report_year=2013,
    publish_date="2014-03-05",
    title="阜平县龙泉关镇人民政府2013年政府信息公开工作年度报告",
    top_sections=6,
    facts=[
        F("disclosure_staff_parttime", 3, "名", "三名工作人员兼职负责"),
        F("training_sessions", 2, "次", "开展政务公开培训两次"),
        F("proactive_disclosed_items", 126, "条", "主动公开政府信息126条"),
        F("publicity_materials_printed", 10000, "份", "印发惠农政策明白纸一万余份", approx=True),
        F("applications_received", 0, "件", "本镇未收到政府信息公开申请"),
        F("fees_charged", 0, "元", "本年度无收费及减免情况"),
        F("admin_reconsiderations", 0, "件", "未发生因政府信息公开引起的行政复议和行政诉讼"),
        F("admin_lawsuits", 0, "件", "未发生因政府信息公开引起的行政复议和行政诉讼"),
    ],
    notes="Township report, 2008–2013 narrative outline shortened to six sections. Chinese numerals: 三名 "
    "(3 part-time staff), 两次 (2 training sessions), 一万余份 (≈10000, approx). Footer chrome "
    "(打印本页/关闭窗口, 主办, phone, ICP备). Not counts: 六个部分, 7天, 三个方面, 每季度…一次, "
    "0312-7222312.",
)

# ---------------------------------------------------------------------------------------------------------
# Annual reports, 2014–2018 narrative (national statistics table era; counts live in sentences)
# ---------------------------------------------------------------------------------------------------------

doc(
    "ar2015_guojia_cehui.txt",
    """
国家测绘地理信息局2015年政府信息公开工作年度报告
时间：2016-03-28　　来源：国家测绘地理信息局办公室　　【字号：大 中 小】
本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅关于印发2015年政府信息公开工作要点的通知》（国办发〔2015〕22号）要求编制。全文包括概述、主动公开政府信息情况、重点领域信息公开和解读回应情况、依申请公开政府信息情况、收费及减免情况、行政复议和行政诉讼情况、存在的主要问题及改进措施、其他需要报告的事项。报告中所列数据的统计期限为2015年1月1日至12月31日。本报告电子版可在国家测绘地理信息局门户网站下载，如有疑问请与局办公室联系（电话：010-63881234）。
一、概述
2015年，国家测绘地理信息局认真贯彻党中央、国务院关于推进政务公开的决策部署，围绕测绘地理信息事业转型升级和简政放权、放管结合、优化服务改革，加大行政审批、地理信息公共服务和财政资金使用等领域信息公开力度，政府信息公开工作取得新进展。
（一）完善工作机制。调整局政府信息公开工作领导小组，由局领导任组长，办公室、政策法规司、国土测绘司、地理信息与地图司等司室负责人为成员，明确各司室信息公开联络员，形成了统一领导、归口管理、分工负责的工作机制。
（二）健全制度体系。修订《国家测绘地理信息局政府信息公开工作规定》和《依申请公开政府信息办理规程》，制定政府信息公开保密审查细则，对拟公开信息逐条进行公开属性和保密审查，确保既依法公开又不泄密。
（三）加强业务培训。全年组织局机关和直属单位开展信息公开业务培训3次，围绕新形势下地理信息安全和依申请公开答复规范进行专题讲解。
二、主动公开政府信息情况
2015年，我局通过门户网站、政务微博、新闻发布会和《中国测绘报》等渠道，全年主动公开政府信息1.53万条，比上年增长12.6%。其中，在门户网站发布工作动态、通知公告、统计数据等信息1.41万条，发布规范性文件6件，召开新闻发布会4场。全面公开国家基础地理信息数据目录和国家测绘成果目录，为社会提供地理信息公共服务。
三、重点领域信息公开和解读回应情况
（一）行政审批信息公开。在门户网站集中公开行政审批事项目录，取消和下放行政审批事项后及时调整并公告；全面公开甲级测绘资质审批、外国组织来华测绘审批等事项的办理依据、条件、程序和结果，审批结果在作出决定后7个工作日内公布。
（二）地理信息公共服务信息公开。持续更新“天地图”公共服务平台，公开国家基础地理信息数据更新情况；发布标准地图，为社会公众免费提供标准地图下载服务。
（三）政策解读和回应关切。对新出台的政策文件同步发布解读材料，围绕地图审核、“问题地图”治理、地理信息安全等社会关注问题，通过新闻发布、在线访谈等方式回应公众关切问题60余次。
（四）建议提案办理。全年办理全国人大代表建议和全国政协委员提案共45件，按时办复率100%，对涉及公共利益的复文摘要在门户网站公开。
四、依申请公开政府信息情况
2015年，我局共收到政府信息公开申请87件，其中网上申请61件、信函申请22件、当面申请4件；上年结转3件。全年已办结88件，其中同意公开41件，部分公开12件，不予公开9件，信息不存在14件，非本机关掌握12件；结转下年度办理2件。申请内容主要涉及测绘资质审批、地理信息数据提供和界线测绘成果等方面。
五、收费及减免情况
2015年，我局在办理依申请公开过程中，未向申请人收取检索、复制、邮寄等费用。
六、行政复议和行政诉讼情况
本年度我局因政府信息公开被申请行政复议3件、被提起行政诉讼1件。行政复议案件中维持原答复2件、责令重新答复1件；行政诉讼案件经一审判决驳回原告诉讼请求。
七、存在的主要问题及改进措施
一是政策解读的针对性和可读性还需增强；二是依申请公开办理的规范化水平有待进一步提高；三是局属单位信息公开工作发展不平衡。2016年，我局将认真落实全面推进政务公开工作的各项要求，重点做好以下工作：一是加强政策解读，对重要政策文件做到应解读尽解读；二是规范依申请公开办理，完善答复文书范本；三是加大对局属单位的指导和检查力度，计划开展专项检查2次。
八、其他需要报告的事项
无。
""",
    doc_type="annual_report",
    agency="国家测绘地理信息局",
    region=None,
    admin_level="central",
    report_year=2015,
    publish_date="2016-03-28",
    title="国家测绘地理信息局2015年政府信息公开工作年度报告",
    top_sections=8,
    cited=["国办发〔2015〕22号"],
    facts=[
        F("training_sessions", 3, "次", "开展信息公开业务培训3次"),
        F("proactive_disclosed_items", 15300, "条", "全年主动公开政府信息1.53万条"),
        F("normative_documents_published", 6, "件", "发布规范性文件6件"),
        F("public_opinion_responses", 60, "次", "回应公众关切问题60余次", approx=True),
        F("npc_cppcc_proposals_handled", 45, "件", "全国政协委员提案共45件"),
        F("applications_received", 87, "件", "共收到政府信息公开申请87件"),
        F("applications_online", 61, "件", "网上申请61件"),
        F("applications_by_letter", 22, "件", "信函申请22件"),
        F("applications_in_person", 4, "件", "当面申请4件"),
        F("applications_carried_over", 3, "件", "上年结转3件"),
        F("applications_processed", 88, "件", "全年已办结88件"),
        F("applications_granted", 41, "件", "同意公开41件"),
        F("applications_partially_granted", 12, "件", "部分公开12件"),
        F("applications_denied", 9, "件", "不予公开9件"),
        F("applications_carried_forward", 2, "件", "结转下年度办理2件"),
        F("fees_charged", 0, "元", "未向申请人收取检索、复制、邮寄等费用"),
        F("admin_reconsiderations", 3, "件", "被申请行政复议3件"),
        F("admin_lawsuits", 1, "件", "被提起行政诉讼1件"),
    ],
    notes="Central body (region null). 2014–2018 narrative with eight sections (adds 重点领域信息公开和解读回应). "
    "publish_date from the 时间： line under the title. 1.53万条 = 15300; 1.41万条 is the website share "
    "of it (not a total). 87 + 3 = 88 + 2. Not counts: 12.6% (growth), 新闻发布会4场, 7个工作日, 100%, "
    "信息不存在14件/非本机关掌握12件 (no metric), 维持2件/责令重新答复1件 (breakdown of the 3 "
    "reconsiderations), and 计划开展专项检查2次 in the 2016 plan.",
)

doc(
    "ar2016_nanping_jiaoyu.txt",
    """
  • 索引号
  • 00318452-5/2017-00009
  • 主题分类
  • 教育
  • 发布机构
  • 市教育局
  • 成文日期
  • 2017-01-20
  • 发布日期
  • 2017-01-24
  • 标题
  • 2016年政府信息公开工作年度报告
  • 文号
  • 有效性
2016年政府信息公开工作年度报告
2016年，在市委、市政府的领导和省教育厅的指导下，我局认真贯彻《中华人民共和国政府信息公开条例》和《国务院办公厅关于印发2016年政务公开工作要点的通知》（国办发〔2016〕19号），围绕教育改革发展和群众关切，扎实推进教育信息公开。现将2016年度政府信息公开工作情况报告如下。本报告所列数据统计期限为2016年1月1日至12月31日。
一、概述
（一）加强组织领导。局政务公开工作领导小组由局长任组长，各分管领导任副组长，各科室负责人为成员，领导小组办公室设在局办公室。年初制定年度政务公开工作方案，把任务分解落实到科室和责任人。
（二）完善工作制度。修订局政府信息公开保密审查制度和依申请公开办理流程，建立信息发布“科室初审、办公室复核、分管领导审签”的三级审核机制，确保公开信息准确、规范、安全。建立信息公开工作台账，对各科室信息报送和发布情况按月统计、按季通报。
（三）加强业务培训。全年组织信息公开业务培训3次，对局机关科室、直属学校和各县（市、区）教育局信息员进行培训，参训人员210余人次。
二、主动公开政府信息情况
（一）公开数量。2016年，我局主动公开政府信息612条，其中通过南平市人民政府网站“部门信息公开”栏目公开398条，通过南平教育网公开214条。公开规范性文件3件。
（二）重点领域公开。一是招生考试信息公开，全面公开中考、普通高中招生政策、录取分数线和各校招生计划，公开义务教育阶段学校招生范围和入学办法；二是教育经费信息公开，在规定时间内公开部门预决算和“三公”经费；三是学生资助信息公开，公开各级各类学生资助政策、资助标准和申请程序；四是教育督导信息公开，公布县域义务教育均衡发展督导评估结果。
（三）回应社会关切。通过“12345”便民服务平台、南平市民网络问政平台和局长信箱，及时回应群众关于学位、择校、校车安全等方面的问题，全年回应网民关切40余次，按时办结率100%。
三、依申请公开政府信息情况
全年受理政府信息公开申请5件，5件均在法定期限内予以答复，其中予以公开4件，因不属于本机关掌握告知申请人1件。申请内容主要涉及教师招聘、中考加分和学校建设项目等方面。
四、收费及减免情况
我局在依申请公开工作中没有收取任何费用。
五、行政复议和行政诉讼情况
2016年，我局未发生因政府信息公开引起的行政复议和行政诉讼。
六、存在的主要问题及改进措施
（一）存在的问题。一是部分直属学校对信息公开的重视程度不够，信息报送不够及时；二是政策解读形式较为单一，图解、视频等群众喜闻乐见的解读形式运用不多；三是县（市、区）教育部门信息公开工作进展不平衡。
（二）改进措施。一是加强考核督查，将信息公开工作纳入直属学校年度考评；二是丰富解读形式，重要政策文件同步推出图解和问答；三是加强对县（市、区）教育局的业务指导，推动全市教育系统信息公开工作均衡发展。
""",
    doc_type="annual_report",
    agency="南平市教育局",
    region="福建省南平市",
    admin_level="city",
    report_year=2016,
    publish_date="2017-01-24",
    index_no="00318452-5/2017-00009",
    title="2016年政府信息公开工作年度报告",
    top_sections=6,
    cited=["国办发〔2016〕19号"],
    facts=[
        F("training_sessions", 3, "次", "组织信息公开业务培训3次"),
        F("training_participants", 210, "人次", "参训人员210余人次", approx=True),
        F("proactive_disclosed_items", 612, "条", "我局主动公开政府信息612条"),
        F("normative_documents_published", 3, "件", "公开规范性文件3件"),
        F("public_opinion_responses", 40, "次", "回应网民关切40余次", approx=True),
        F("applications_received", 5, "件", "受理政府信息公开申请5件"),
        F("applications_processed", 5, "件", "5件均在法定期限内予以答复"),
        F("applications_granted", 4, "件", "予以公开4件"),
        F("fees_charged", 0, "元", "没有收取任何费用"),
        F("admin_reconsiderations", 0, "件", "未发生因政府信息公开引起的行政复议和行政诉讼"),
        F("admin_lawsuits", 0, "件", "未发生因政府信息公开引起的行政复议和行政诉讼"),
    ],
    notes="Agency named only in the metadata, abbreviated (发布机构 市教育局); the title has no agency and the "
    "body says only 我局; the city comes from the body (南平市人民政府网站, 南平教育网, 全市教育系统), so "
    "the full name is 南平市教育局. Bulleted metadata block with each value on the line after its key; "
    "文号 and 有效性 have no value; 成文日期 2017-01-20 is not the publish date. Not counts: 12345, 100%, "
    "398/214 (breakdown of 612), 告知申请人1件 (no metric).",
)

doc(
    "ar2017_jianghan_weiji.txt",
    """
您当前的位置：首页 > 政务公开 > 政府信息公开年报 > 区直部门年报
武汉市江汉区卫生和计划生育局2017年政府信息公开工作年度报告
发布时间：2018-01-29 10:42　　来源：区卫计局　　浏览次数：
【字体：大 中 小】　【打印】　【关闭】
本年度报告根据《中华人民共和国政府信息公开条例》和区政务公开办的统一要求编制，由概述、主动公开政府信息情况、政策解读与回应关切情况、依申请公开政府信息情况、复议诉讼和收费情况、存在的主要问题及改进措施六部分组成。本报告数据统计期限为2017年1月1日至2017年12月31日。
一、概述
2017年，区卫计局紧扣“健康江汉”建设目标，把政务公开作为转变作风、提升服务的重要抓手，加强组织保障，强化制度落实，推动卫生计生领域信息公开工作不断深化。局政务公开领导小组由局长任组长，分管副局长任副组长，办公室、医政科、疾控科、计生科等科室负责人为成员；办公室配备兼职工作人员2名，负责信息的汇总、审核和发布。年内修订了政务信息发布审核制度，明确拟公开信息须经科室负责人和分管领导“两级审核”后方可发布。
二、主动公开政府信息情况
2017年，我局全年主动公开政府信息745条，其中通过区政府门户网站公开612条，通过“健康江汉”微信公众号公开133条。截至2017年底，累计主动公开政府信息4300多条。主要公开了以下内容：一是机构职能、领导分工和内设机构信息；二是部门预决算、“三公”经费和政府采购信息；三是医疗机构执业登记、护士执业注册等行政许可事项的办理结果；四是卫生监督“双随机”抽查结果和行政处罚信息；五是计划生育奖励扶助、特别扶助对象的审核公示信息；六是家庭医生签约服务、免费孕前优生健康检查等惠民服务信息。
三、政策解读与回应关切情况
（一）政策解读。对区级出台的医联体建设、家庭医生签约服务等政策文件，同步在门户网站发布解读材料，采用图解、问答等方式，讲清政策要点和办理流程。
（二）回应关切。对群众通过市长专线、区长信箱反映的看病就医、计生服务等问题，做到及时受理、限时办结。全年办理人大代表建议、政协委员提案27件，办复率、满意率均达到100%。
四、依申请公开政府信息情况
2017年，我局受理政府信息公开申请9件，其中网上申请7件、当面申请2件。9件均已在规定时限内答复，其中予以公开6件，部分公开1件，信息不存在2件。申请内容主要涉及医疗机构执业许可、计划生育奖励扶助和医疗纠纷处理等方面。
五、复议诉讼和收费情况
2017年，我局因政府信息公开被申请行政复议1件，经复议维持原答复；未被提起行政诉讼。全年未出现因政府信息公开被复议机关或人民法院纠错的情况。我局在依申请公开工作中未收取费用。
六、存在的主要问题及改进措施
一是信息公开的主动性还不够强，部分科室存在“重业务、轻公开”的倾向；二是政策解读的形式还不够丰富；三是基层医疗卫生机构的信息公开工作需要进一步规范。下一步，我局将加强对科室和基层医疗卫生机构的督促指导，定期通报信息更新情况，进一步提高信息公开的质量和时效。
扫一扫在手机上查看当前页面
【打印本页】　【关闭窗口】
主办：武汉市江汉区人民政府办公室　　技术支持：江汉区大数据中心
鄂ICP备05003325号　　鄂公网安备 42010302000123号
""",
    doc_type="annual_report",
    agency="武汉市江汉区卫生和计划生育局",
    region="湖北省武汉市江汉区",
    admin_level="county",
    report_year=2017,
    publish_date="2018-01-29",
    title="武汉市江汉区卫生和计划生育局2017年政府信息公开工作年度报告",
    top_sections=6,
    facts=[
        F("disclosure_staff_parttime", 2, "名", "配备兼职工作人员2名"),
        F("proactive_disclosed_items", 745, "条", "全年主动公开政府信息745条"),
        F("proactive_disclosed_cumulative", 4300, "条", "累计主动公开政府信息4300多条", approx=True),
        F("npc_cppcc_proposals_handled", 27, "件", "政协委员提案27件"),
        F("applications_received", 9, "件", "受理政府信息公开申请9件"),
        F("applications_online", 7, "件", "网上申请7件"),
        F("applications_in_person", 2, "件", "当面申请2件"),
        F("applications_processed", 9, "件", "9件均已在规定时限内答复"),
        F("applications_granted", 6, "件", "予以公开6件"),
        F("applications_partially_granted", 1, "件", "部分公开1件"),
        F("admin_reconsiderations", 1, "件", "被申请行政复议1件"),
        F("admin_lawsuits", 0, "件", "未被提起行政诉讼"),
        F("fees_charged", 0, "元", "未收取费用"),
    ],
    notes="Breadcrumb (您当前的位置) and page chrome at the head (发布时间 with a clock time, 来源 区卫计局, an "
    "empty 浏览次数, 字体/打印/关闭) and a footer (扫一扫…, 主办, ICP备, 公网安备 number). Pre-2019 "
    "bureau name (卫生和计划生育局). Trap: 全年未出现因政府信息公开被复议机关或人民法院纠错的情况 is "
    "NOT zero reconsiderations (there was one); only lawsuits are zero. Not counts: 六部分, “两级审核”, "
    "612/133 (breakdown of 745), 100%, 信息不存在2件 (no metric), 42010302000123.",
)

doc(
    "ar2018_wuhu_jingkaiqu.txt",
    """
索 引 号：11340200MB1502368X/2019-00006
信息分类：政府信息公开年报
发布机构：经开区管委会
生成日期：2019-01-28
发布日期：2019-01-30
文　　号：
芜湖经济技术开发区管理委员会2018年政府信息公开工作年度报告
本报告依据《中华人民共和国政府信息公开条例》和市政府办公室关于做好2018年度政府信息公开工作年度报告编制发布工作的要求，由芜湖经济技术开发区管理委员会编制。报告包括概述、主动公开政府信息情况、依申请公开政府信息情况、行政复议和行政诉讼情况、收费及减免情况、存在的主要问题及改进措施六个部分，所列数据的统计期限为2018年1月1日至2018年12月31日。
一、概述
2018年，经开区管委会坚持以公开为常态、不公开为例外，围绕招商引资、项目建设、企业服务和民生保障等重点工作，深入推进决策、执行、管理、服务、结果“五公开”，政务公开工作取得新成效。
（一）完善工作机构。管委会政务公开工作领导小组由管委会主任任组长，分管副主任任副组长，党政办、经济发展局、建设局、社会事业局等内设机构负责人为成员。党政办明确专职工作人员1名，各内设机构各确定1名信息员，形成了上下联动的工作网络。
（二）健全工作制度。制定《芜湖经开区政务公开工作考核办法》和《信息发布保密审查流程》，实行信息公开“一事一审”，对涉及企业商业秘密和个人隐私的信息依法作区分处理。
（三）开展业务培训。全年举办政务公开业务培训两次，对各内设机构信息员和辖区社区工作人员进行培训，共培训120人次。
二、主动公开政府信息情况
2018年，管委会全年主动公开政府信息1,105条，其中通过管委会门户网站公开987条，通过“芜湖经开区发布”微信公众号公开118条。重点公开了以下信息：一是重大建设项目批准和实施信息，公开项目名称、建设规模、审批结果和施工进度；二是招商引资和产业扶持政策，编印《经开区产业扶持政策汇编》，并在门户网站开设“惠企政策”专栏；三是征地拆迁信息，及时公告征收范围、补偿标准和安置方案；四是财政预决算信息，按时公开管委会部门预算和决算。全年回应企业和群众关切68次。
三、依申请公开政府信息情况
2018年，管委会收到政府信息公开申请16件（上年结转1件），共办结17件，其中予以公开10件、部分公开2件、不予公开1件、无法提供4件。申请内容主要集中在征地补偿、项目规划审批等方面。所有申请均在法定期限内答复，无结转下年度办理的申请。
四、行政复议和行政诉讼情况
2018年，因政府信息公开引发行政复议2件，其中复议机关维持1件、责令重新答复1件；引发行政诉讼1件，截至年底尚未审结。
五、收费及减免情况
2018年，管委会在办理政府信息公开申请过程中未收取任何费用。
六、存在的主要问题及改进措施
存在的问题主要是：部分内设机构对信息公开的重视程度不够，政策解读的深度还不够，依申请公开答复的规范性有待提高。2019年，管委会将重点做好以下工作：一是加强对新修订条例的学习宣传，组织专题培训；二是加强政策解读，重要惠企政策做到同步解读；三是规范依申请公开办理流程，提高答复质量。
""",
    doc_type="annual_report",
    agency="芜湖经济技术开发区管理委员会",
    region="安徽省芜湖市",
    admin_level="county",
    report_year=2018,
    publish_date="2019-01-30",
    index_no="11340200MB1502368X/2019-00006",
    title="芜湖经济技术开发区管理委员会2018年政府信息公开工作年度报告",
    top_sections=6,
    facts=[
        F("disclosure_staff_fulltime", 1, "名", "专职工作人员1名"),
        F("training_sessions", 2, "次", "举办政务公开业务培训两次"),
        F("training_participants", 120, "人次", "共培训120人次"),
        F("proactive_disclosed_items", 1105, "条", "全年主动公开政府信息1,105条"),
        F("public_opinion_responses", 68, "次", "回应企业和群众关切68次"),
        F("applications_received", 16, "件", "收到政府信息公开申请16件"),
        F("applications_carried_over", 1, "件", "上年结转1件"),
        F("applications_processed", 17, "件", "共办结17件"),
        F("applications_granted", 10, "件", "予以公开10件"),
        F("applications_partially_granted", 2, "件", "部分公开2件"),
        F("applications_denied", 1, "件", "不予公开1件"),
        F("applications_carried_forward", 0, "件", "无结转下年度办理的申请"),
        F("admin_reconsiderations", 2, "件", "引发行政复议2件"),
        F("admin_lawsuits", 1, "件", "引发行政诉讼1件"),
        F("fees_charged", 0, "元", "未收取任何费用"),
    ],
    notes="开发区管委会: not an administrative division; labelled admin_level 'county' by convention, region the "
    "city it lies in. Spaced metadata labels (索 引 号, 文　　号 with ideographic spaces, empty), 发布机构 "
    "abbreviated (经开区管委会), 生成日期 vs 发布日期. Thousands separator: 1,105条 = 1105. Not counts: "
    "“五公开”, 1名信息员 per unit (no total stated), 987/118 (breakdown), 无法提供4件 (no metric), "
    "维持1件/责令重新答复1件 (breakdown of the 2).",
)

# ---------------------------------------------------------------------------------------------------------
# Annual reports, 2019 trial format (report years 2019 and 2020); counts in sentences
# ---------------------------------------------------------------------------------------------------------

doc(
    "ar2019_hainan_jiaotong.txt",
    """
首页 > 政务公开 > 政府信息公开年报
海南省交通运输厅2019年政府信息公开工作年度报告
发布日期：2020-01-21　　来源：海南省交通运输厅　　字号：[ 大 中 小 ]
本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式（试行）〉的通知》（国办公开办函〔2019〕60号）要求编制。本报告所列数据的统计期限为2019年1月1日至12月31日。
一、总体情况
2019年，省交通运输厅以贯彻实施新修订的《条例》为主线，围绕海南自由贸易试验区交通基础设施建设和交通运输服务保障，全面推进政务公开各项工作。
（一）主动公开。全年主动公开政府信息2468条，本年新制作规范性文件4件，均已全文公开。重点公开“四好农村路”建设、环岛旅游公路规划、道路运输价格调整等信息。
（二）依申请公开。本年新收政府信息公开申请38件，上年结转2件，办结37件，结转下年度继续办理3件。
（三）政府信息管理。按照新修订的《条例》要求，对厅机关和直属单位制发的文件逐件明确公开属性，全面清理2008年以来制发的规范性文件，对已失效的文件及时宣布失效并向社会公布。
（四）平台建设。整合厅门户网站栏目，规范设置“政府信息公开”专栏，更新政府信息公开指南和主动公开目录；开通“海南交通”政务微信，及时发布出行服务信息。
（五）监督保障。厅政务公开工作由办公室统筹，配备专职工作人员2名、兼职工作人员14名。全年举办政务公开专题培训2次，培训160人次，并将政务公开纳入厅机关处室年度绩效考核。
二、主动公开政府信息情况
2019年，我厅在门户网站公开行政许可处理决定1,936件，行政处罚决定412件，政府集中采购项目17个。第二十条第（一）项规定的规范性文件，本年新制作4件、新公开4件，对外公开总数量26件。
三、收到和处理政府信息公开申请情况
本年度新收的38件申请中，自然人申请31件，法人或其他组织申请7件。从办理结果看，予以公开18件，部分公开6件，不予公开5件，无法提供7件，不予处理1件。申请内容主要涉及公路建设征地、道路运输经营许可和交通行政处罚等方面。对申请内容不明确的，我厅均在法定期限内一次性告知申请人补正，并主动电话沟通，帮助申请人准确描述所需信息。
四、政府信息公开行政复议、行政诉讼情况
2019年，我厅因政府信息公开被申请行政复议2件，其中结果维持1件、尚未审结1件；被提起行政诉讼1件，系未经复议直接起诉，尚未审结。具体数据如下（依次为行政复议的结果维持、结果纠正、其他结果、尚未审结、总计，未经复议直接起诉的行政诉讼五项，复议后起诉的行政诉讼五项）：
1 0 0 1 2 0 0 0 1 1 0 0 0 0 0
五、存在的主要问题及改进情况
一是政策解读的形式和渠道还不够丰富；二是直属单位政务公开工作的规范化水平不平衡；三是依申请公开答复的说理性有待加强。2020年，我厅将加强对直属单位的指导检查，计划组织业务培训不少于3次，并探索建立依申请公开办理情况定期分析制度。
六、其他需要报告的事项
本年度未收取信息公开相关费用。
打印本页　关闭窗口
""",
    doc_type="annual_report",
    agency="海南省交通运输厅",
    region="海南省",
    admin_level="province",
    report_year=2019,
    publish_date="2020-01-21",
    title="海南省交通运输厅2019年政府信息公开工作年度报告",
    top_sections=6,
    cited=["国办公开办函〔2019〕60号"],
    facts=[
        F("proactive_disclosed_items", 2468, "条", "全年主动公开政府信息2468条"),
        F("normative_documents_published", 4, "件", "本年新制作规范性文件4件"),
        F("applications_received", 38, "件", "本年新收政府信息公开申请38件"),
        F("applications_carried_over", 2, "件", "上年结转2件"),
        F("applications_processed", 37, "件", "办结37件"),
        F("applications_carried_forward", 3, "件", "结转下年度继续办理3件"),
        F("disclosure_staff_fulltime", 2, "名", "配备专职工作人员2名"),
        F("disclosure_staff_parttime", 14, "名", "兼职工作人员14名"),
        F("training_sessions", 2, "次", "举办政务公开专题培训2次"),
        F("training_participants", 160, "人次", "培训160人次"),
        F("applications_granted", 18, "件", "予以公开18件"),
        F("applications_partially_granted", 6, "件", "部分公开6件"),
        F("applications_denied", 5, "件", "不予公开5件"),
        F("admin_reconsiderations", 2, "件", "被申请行政复议2件"),
        F("admin_lawsuits", 1, "件", "被提起行政诉讼1件"),
        F("fees_charged", 0, "元", "本年度未收取信息公开相关费用"),
    ],
    notes="2019 trial format, six sections, narrative only except table 4 given as a bare line of 15 numbers "
    "(review 1 0 0 1 2, direct litigation 0 0 0 1 1, after review 0 0 0 0 0), consistent with the "
    "sentence. Breadcrumb without 您当前的位置, 字号 chrome, 打印本页 关闭窗口 at the end. 38 + 2 = 37 + 3; "
    "18+6+5+7+1 = 37. Not counts: 行政许可1,936件/行政处罚412件/采购项目17个 (table-2 content, no "
    "vocabulary metric), 对外公开总数量26件 (stock, not this year's output), 自然人31件/法人7件, "
    "第二十条第（一）项, 2008年以来, and 不少于3次 in the 2020 plan (a target).",
)

doc(
    "ar2020_huangshanqu.txt",
    """
黄山市黄山区人民政府二〇二〇年政府信息公开工作年度报告
信息来源：黄山区人民政府办公室　　发布日期：2021-03-15　　文号：
根据《中华人民共和国政府信息公开条例》规定，现向社会公布黄山区人民政府政府信息公开工作年度报告。本报告由区政府办公室会同区直各部门、各乡镇编制，所列数据统计期限自2020年1月1日起至2020年12月31日止。
一、总体情况
2020年，黄山区坚持把政务公开作为建设法治政府、服务型政府的重要抓手，统筹做好疫情防控、复工复产和脱贫攻坚等重点领域信息公开，全区政务公开工作取得新进展。
（一）主动公开。全区各级行政机关全年主动公开政府信息8915条，其中公开行政规范性文件12件。围绕疫情防控，开设“新冠肺炎疫情防控”专题，及时发布疫情通报、防控措施和复工复产政策；围绕脱贫攻坚，公开扶贫项目库、扶贫资金分配和使用情况。
（二）依申请公开。全区本年新收政府信息公开申请56件，上年结转4件，办结58件，结转下年度继续办理2件。
（三）政府信息管理。严格落实公文公开属性源头认定机制，区政府及区政府办公室印发的文件在拟文时即明确公开属性；开展规范性文件清理，公布现行有效规范性文件目录。对拟公开的信息严格执行“先审查、后公开”和“一事一审”原则，涉及个人隐私和商业秘密的依法作区分处理；建立政府信息公开工作台账，对各部门、各乡镇信息发布情况实行月度统计、季度通报，督促更新不及时的单位限期整改。
（四）平台建设。优化区政府门户网站信息公开专栏，完成各乡镇信息公开栏目的集约化迁移；做好“黄山区发布”政务新媒体的日常运维，全年回应公众关切126次。
（五）监督保障。将政务公开纳入全区目标管理绩效考核，年内开展网站和政务新媒体检查4次，通报问题并督促整改。
二、主动公开政府信息情况
2020年，全区主动公开的信息中，规章0件，规范性文件本年新制作12件、新公开12件；行政许可处理决定3417件，行政处罚处理决定589件；政府集中采购项目数量46个，采购总金额1.83亿元。
三、收到和处理政府信息公开申请情况
2020年，全区共收到政府信息公开申请56件，其中自然人申请47件，商业企业申请6件，其他组织申请3件。从办理结果看，予以公开31件，部分公开9件，不予公开3件，无法提供12件，不予处理3件。不予公开的主要理由是涉及第三方合法权益和属于内部事务信息。
四、政府信息公开行政复议、行政诉讼情况
2020年，全区因政府信息公开被申请行政复议5件，其中维持3件、纠正1件、尚未审结1件；被提起行政诉讼2件，其中复议后起诉1件、未经复议直接起诉1件，均已审结并维持原行政行为。
五、存在的主要问题及改进情况
一是部分乡镇和部门对新条例的理解不够深入，依申请公开答复不够规范；二是政策解读质量有待提高，解读材料存在“文件摘抄”现象；三是基层政务公开标准化规范化建设推进不平衡。下一步，我区将加强业务培训，规范依申请公开答复文书，深入推进基层政务公开标准化规范化建设。
六、其他需要报告的事项
2020年，全区各级行政机关在依申请公开工作中未收取任何费用。
""",
    doc_type="annual_report",
    agency="黄山市黄山区人民政府",
    region="安徽省黄山市黄山区",
    admin_level="county",
    report_year=2020,
    publish_date="2021-03-15",
    title="黄山市黄山区人民政府二〇二〇年政府信息公开工作年度报告",
    top_sections=6,
    facts=[
        F("proactive_disclosed_items", 8915, "条", "全年主动公开政府信息8915条"),
        F("normative_documents_published", 12, "件", "公开行政规范性文件12件"),
        F("applications_received", 56, "件", "本年新收政府信息公开申请56件"),
        F("applications_carried_over", 4, "件", "上年结转4件"),
        F("applications_processed", 58, "件", "办结58件"),
        F("applications_carried_forward", 2, "件", "结转下年度继续办理2件"),
        F("public_opinion_responses", 126, "次", "回应公众关切126次"),
        F("applications_granted", 31, "件", "予以公开31件"),
        F("applications_partially_granted", 9, "件", "部分公开9件"),
        F("applications_denied", 3, "件", "不予公开3件"),
        F("admin_reconsiderations", 5, "件", "被申请行政复议5件"),
        F("admin_lawsuits", 2, "件", "被提起行政诉讼2件"),
        F("fees_charged", 0, "元", "未收取任何费用"),
    ],
    notes="Title year in Chinese numerals (二〇二〇年); the body's first paragraph avoids the year except in the "
    "statistics period. District government reporting district-wide figures; 2019 trial format. "
    "56 is stated twice (一（二） and 三). 56 + 4 = 58 + 2; 31+9+3+12+3 = 58. Not counts: 检查4次, "
    "规章0件 (no vocabulary metric), 行政许可3417件/行政处罚589件, 采购项目46个, 1.83亿元, "
    "自然人47件/商业企业6件/其他组织3件, 维持3件/纠正1件/尚未审结1件 and 复议后起诉1件/直接起诉1件 "
    "(breakdowns), 不予处理3件 (same figure as 不予公开, different row).",
)

doc(
    "ar2020_shaoxing_zhujian.html",
    """
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="绍兴市住房和城乡建设局">
<meta name="ArticleTitle" content="绍兴市住房和城乡建设局2020年政府信息公开工作年度报告">
<meta name="PubDate" content="2021-01-26 15:20">
<title>绍兴市住房和城乡建设局2020年政府信息公开工作年度报告</title>
<style>.TRS_Editor p{line-height:2;text-indent:2em}</style>
<script>
var _titleText = "绍兴市住房和城乡建设局2020年政府信息公开工作年度报告";
if (document.documentMode && document.documentMode < 9) { document.write("您的浏览器版本太低，为了更好的浏览体验，建议升级您的浏览器！"); }
</script>
</head>
<body>
<div class="skip"><a href="#main">跳转到主要内容区域</a></div>
<div class="head">
  <div class="logo">绍兴市住房和城乡建设局</div>
  <div class="menu"><a href="/">首页</a> <a href="/col/col1/">机构概况</a> <a href="/col/col2/">政务公开</a> <a href="/col/col3/">政务服务</a> <a href="/col/col4/">互动交流</a></div>
</div>
<div class="crumb">您现在的位置：<a href="/">首页</a> &gt; <a href="/col/col2/">政府信息公开</a> &gt; <a href="/col/col2/ndbg/">政府信息公开年报</a></div>
<table class="xxgk_info">
  <tr><th>索引号</th><td>11330600002579331N/2021-12375</td><th>公开方式</th><td>主动公开</td></tr>
  <tr><th>发布单位</th><td>市住建局</td><th>发布日期</th><td>2021-01-26</td></tr>
  <tr><th>文件编号</th><td></td><th>有效性</th><td>有效</td></tr>
</table>
<h2 class="art-title">绍兴市住房和城乡建设局2020年政府信息公开工作年度报告</h2>
<div class="art-tools">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>　<a href="javascript:window.print()">打印</a>　<a href="javascript:window.close()">关闭</a></div>
<div class="art-body"><div class="TRS_Editor" id="main">
<p>本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由绍兴市住房和城乡建设局编制。报告共分六个部分：总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，政府信息公开行政复议、行政诉讼情况，存在的主要问题及改进情况，其他需要报告的事项。本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。</p>
<p><strong>一、总体情况</strong></p>
<p>2020年，市住建局认真贯彻落实新修订的《条例》，围绕住房保障、房地产市场监管、城市建设和建筑业发展等重点工作，深化政务公开，提升公开实效。</p>
<p>（一）主动公开。全年主动公开政府信息1372条，公开行政规范性文件3件。重点公开商品房预售许可、保障性住房分配、老旧小区改造和建设工程招投标等信息，做到应公开尽公开。</p>
<p>（二）依申请公开。本年度新收政府信息公开申请44件，其中网上申请40件、信函申请3件、当面申请1件，无上年结转申请。全年办结43件，结转下年度继续办理1件。</p>
<p>（三）政府信息管理。严格执行信息发布保密审查和公开属性认定制度，定期开展信息公开内容自查，对过时信息及时更新或撤除。</p>
<p>（四）平台建设。在局门户网站开设“老旧小区改造”“住房保障”等专题栏目，依托“绍兴住建”微信公众号发布政策解读和办事指南，及时答复公众留言咨询。</p></p>
<p>围绕老旧小区改造，在项目所在社区张贴改造方案公示，组织居民议事会听取意见，改造完成后公开验收结果；围绕房地产市场监管，定期公开商品房预售资金监管账户、房地产开发企业信用评价结果和违法违规行为查处情况，引导群众理性购房。对涉及群众切身利益的住房保障政策调整，在出台前通过门户网站公开征求意见，并在出台后同步发布问答式解读。
<p>（五）监督保障。将政务公开工作纳入局机关处室和直属单位年度考核，全年组织政务公开业务培训2次。</p>
<p><strong>二、主动公开政府信息情况</strong></p>
<p>2020年，我局新制作行政规范性文件3件、新公开3件，对外公开总数量21件；作出行政许可处理决定2,615件，行政处罚处理决定87件。</p>
<p><strong>三、收到和处理政府信息公开申请情况</strong></p>
<p>从申请人类型看，本年度新收的44件申请中，自然人申请36件，商业企业申请5件，法律服务机构申请3件。从办理结果看，予以公开20件，部分公开8件，不予公开2件，无法提供11件，不予处理2件。不予公开的两件均属于危及“三安全一稳定”的情形。</p>
<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>
<p>2020年，我局因政府信息公开被申请行政复议1件，复议结果为维持；未发生政府信息公开行政诉讼。</p>
<p><strong>五、存在的主要问题及改进情况</strong></p>
<p>一是部分业务处室对新《条例》的学习还不够深入，公开属性认定不够准确；二是政策解读的形式还需丰富，图解、视频解读占比不高。下一步，我局将加强新《条例》的培训，提高公开属性认定的准确性，推进政策解读多元化。</p>同时，我局将进一步规范依申请公开办理流程，加强与申请人的沟通，提高答复的针对性和说理性；加强对直属单位信息公开工作的指导检查，推动政务公开向建筑业、物业管理等公共服务领域延伸，持续提升公开质量和群众满意度。</p>
<p><strong>六、其他需要报告的事项</strong></p>
<p>本年度我局未收取信息处理费用。</p>
</div></div>
<div class="art-share">分享到：微信　微博　<span>扫一扫在手机打开当前页</span></div>
<div class="foot">
  <p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></p>
  <p>主办单位：绍兴市住房和城乡建设局　网站标识码：3306000034　浙ICP备05009012号</p>
  <p class="leave">您访问的链接即将离开“绍兴市住房和城乡建设局”门户网站，是否继续？</p>
</div>
</body>
</html>
""",
    doc_type="annual_report",
    agency="绍兴市住房和城乡建设局",
    region="浙江省绍兴市",
    admin_level="city",
    report_year=2020,
    publish_date="2021-01-26",
    index_no="11330600002579331N/2021-12375",
    title="绍兴市住房和城乡建设局2020年政府信息公开工作年度报告",
    top_sections=6,
    facts=[
        F("proactive_disclosed_items", 1372, "条", "全年主动公开政府信息1372条"),
        F("normative_documents_published", 3, "件", "公开行政规范性文件3件"),
        F("applications_received", 44, "件", "本年度新收政府信息公开申请44件"),
        F("applications_online", 40, "件", "网上申请40件"),
        F("applications_by_letter", 3, "件", "信函申请3件"),
        F("applications_in_person", 1, "件", "当面申请1件"),
        F("applications_carried_over", 0, "件", "无上年结转申请"),
        F("applications_processed", 43, "件", "全年办结43件"),
        F("applications_carried_forward", 1, "件", "结转下年度继续办理1件"),
        F("training_sessions", 2, "次", "组织政务公开业务培训2次"),
        F("applications_granted", 20, "件", "予以公开20件"),
        F("applications_partially_granted", 8, "件", "部分公开8件"),
        F("applications_denied", 2, "件", "不予公开2件"),
        F("admin_reconsiderations", 1, "件", "被申请行政复议1件"),
        F("admin_lawsuits", 0, "件", "未发生政府信息公开行政诉讼"),
        F("fees_charged", 0, "元", "未收取信息处理费用"),
    ],
    notes="HTML page, content in <div class=\"TRS_Editor\" id=\"main\"> with <strong> headings; chrome: skip "
    "link, menu, 您现在的位置 crumb, metadata table (发布单位 abbreviated 市住建局, empty 文件编号), 字号/"
    "打印/关闭, 分享到, 扫一扫, footer with 网站标识码/ICP备 and the 您访问的链接即将离开 notice; a "
    "<script> repeats the title and says 您的浏览器版本太低. 2019 trial format. 44 + 0 = 43 + 1; "
    "20+8+2+11+2 = 43. Only lawsuits are zero (one reconsideration). Not counts: 对外公开总数量21件, "
    "行政许可2,615件/行政处罚87件, 自然人36件 etc., 不予公开的两件 (repeats the 2), 3306000034.",
)

doc(
    "ar2019_wuhou_yulin_jiedao.txt",
    """
成都市武侯区玉林街道办事处2019年政府信息公开工作年度报告
信息来源：玉林街道办事处　　发布日期：2020-01-17　　浏览次数：312
本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国办公开办函〔2019〕60号文件规定的格式编制，所列数据统计期限为2019年1月1日至2019年12月31日。本报告电子版可在成都市武侯区人民政府门户网站查阅，如对本报告有疑问，请与玉林街道党政办公室联系（电话：028-85551230）。
一、总体情况
2019年，玉林街道办事处在区委、区政府的领导下，认真贯彻新修订的《条例》，围绕社区发展治理、民生服务和老旧院落改造等重点工作，推进基层政务公开标准化规范化建设，努力让居民看得到、听得懂、能监督。
（一）主动公开。全年主动公开政府信息214条，主要包括街道机构职能、工作动态、低保和临时救助对象公示、老旧院落改造项目公示、就业创业服务信息等。街道不具有规范性文件制定权，本年度未制发规范性文件。
（二）依申请公开。本年度未收到政府信息公开申请，无上年结转申请。街道在便民服务中心设置了依申请公开受理窗口，公布了受理时间和咨询电话，确保申请渠道畅通。
（三）政府信息管理。建立信息公开“街道科室初审、党政办复核、分管领导审签”工作流程，严格保密审查；对涉及个人隐私的低保、救助等公示信息，隐去身份证号码和家庭住址等敏感内容，公示期满后及时撤除。
（四）平台建设。依托武侯区人民政府门户网站街道信息公开专栏发布信息，同时在街道便民服务中心和8个社区设置政务公开栏；运维“玉林街道”微信公众号，发布社区活动、便民服务和政策宣传信息，方便居民就近、及时获取信息。街道还结合社区发展治理，在各社区院落设置“院落公示栏”，由院委会协助更新，让居民在家门口就能看到与自己相关的公共事务信息。
（五）监督保障。街道党政办负责政务公开日常工作，配备兼职人员2名；把政务公开纳入对各科室和社区的年度目标考核，邀请居民代表对公开栏内容进行评议。街道还把政务公开与社区议事协商结合起来，老旧院落改造、社区公共空间微更新等事项在实施前召开居民议事会公开讨论，方案确定后在院落公示栏公示，施工结束后公开验收情况，让居民全程参与、全程监督。
二、主动公开政府信息情况
街道无规章和规范性文件制定权，无行政许可、行政处罚和行政强制事项，无行政事业性收费项目，本部分各项数据均不适用。
三、收到和处理政府信息公开申请情况
2019年，街道未收到政府信息公开申请，无结转下年度继续办理的申请。
四、政府信息公开行政复议、行政诉讼情况
2019年，街道未发生因政府信息公开引起的行政复议和行政诉讼。
五、存在的主要问题及改进情况
一是工作人员均为兼职，业务水平有待提升；二是部分公示信息更新不够及时；三是社区政务公开栏的规范化程度不高，个别社区存在公示内容过期未撤的情况。2020年，街道将组织兼职人员参加区政务公开办组织的业务培训，完善社区公开栏管理制度，提高信息更新频率。
六、其他需要报告的事项
街道未收取任何信息公开费用。
""",
    doc_type="annual_report",
    agency="成都市武侯区玉林街道办事处",
    region="四川省成都市武侯区玉林街道",
    admin_level="township",
    report_year=2019,
    publish_date="2020-01-17",
    title="成都市武侯区玉林街道办事处2019年政府信息公开工作年度报告",
    top_sections=6,
    cited=["国办公开办函〔2019〕60号"],
    facts=[
        F("proactive_disclosed_items", 214, "条", "全年主动公开政府信息214条"),
        F("normative_documents_published", 0, "件", "本年度未制发规范性文件"),
        F("applications_received", 0, "件", "本年度未收到政府信息公开申请"),
        F("applications_carried_over", 0, "件", "无上年结转申请"),
        F("disclosure_staff_parttime", 2, "名", "配备兼职人员2名"),
        F("applications_carried_forward", 0, "件", "无结转下年度继续办理的申请"),
        F("admin_reconsiderations", 0, "件", "未发生因政府信息公开引起的行政复议和行政诉讼"),
        F("admin_lawsuits", 0, "件", "未发生因政府信息公开引起的行政复议和行政诉讼"),
        F("fees_charged", 0, "元", "未收取任何信息公开费用"),
    ],
    notes="Sub-district office (街道办事处) = township level; 2019 trial format written as narrative. "
    "Page chrome line with 浏览次数：312 (a page counter, not a count of anything reported). "
    "Not counts: 8个社区, 028-85551230, 〔2019〕60号. 未收到政府信息公开申请 appears twice (一（二） and 三).",
)

# ---------------------------------------------------------------------------------------------------------
# Annual reports, 2021 format (report year 2021 on)
# ---------------------------------------------------------------------------------------------------------

doc(
    "ar2021_shanghai_lvrong.txt",
    """
- 索引号: SHLH-2022-00041
- 发布机构: 市绿化市容局
- 发布日期: 2022-01-28
- 主题分类: 政府信息公开年报
- 标题: 上海市绿化和市容管理局2021年政府信息公开工作年度报告
上海市绿化和市容管理局2021年政府信息公开工作年度报告
本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。报告所列数据统计期限为2021年1月1日至2021年12月31日。
一、总体情况
2021年，市绿化市容局（市林业局）围绕“人民城市”建设，深化绿化林业、市容环卫和生活垃圾分类等领域信息公开，不断提升政务公开标准化规范化水平。
（一）主动公开。全年主动公开政府信息3906条，本年制发行政规范性文件7件，均按规定在印发后及时公开并同步发布解读。围绕生活垃圾分类、公园城市建设和“一江一河”滨水空间绿化等重点工作，通过新闻发布会、政策吹风会等形式回应社会关切32次。
（二）依申请公开。本年度新收政府信息公开申请163件，上年结转9件，办结165件，其中予以公开62件、部分公开21件、不予公开14件，结转下年度继续办理7件。申请主要涉及绿化调整审批、林地征占用、环卫设施规划选址等内容。
（三）政府信息管理。落实公文公开属性源头认定，动态更新主动公开基本目录；完成规范性文件清理，废止行政规范性文件3件。
（四）平台建设。在市政府门户网站部门信息公开专栏的基础上，升级局官方网站“政府信息公开”栏目，开设“垃圾分类”“公园城市”专题；运维“上海绿化市容”微信公众号，发布政策解读和服务信息。
（五）监督保障。局政务公开工作由办公室牵头，配备专职工作人员3名，局属单位明确兼职联络员。全年组织政务公开专题培训3次，将政务公开纳入局属单位年度绩效考核。
二、主动公开政府信息情况
2021年，我局本年制发行政规范性文件7件，本年废止3件，现行有效42件；作出行政许可处理决定5,218件，行政处罚处理决定1,064件，行政强制处理决定12件；行政事业性收费本年收费金额0万元。
三、收到和处理政府信息公开申请情况
本年度新收的163件申请中，自然人申请141件，商业企业申请15件，社会公益组织申请2件，法律服务机构申请5件。办理结果中，除予以公开、部分公开和不予公开外，无法提供50件，不予处理12件，其他处理6件。
四、政府信息公开行政复议、行政诉讼情况
2021年，我局因政府信息公开被申请行政复议6件，其中结果维持4件、结果纠正1件、尚未审结1件；被提起行政诉讼3件，其中未经复议直接起诉2件、复议后起诉1件，均维持原行政行为。
五、存在的主要问题及改进情况
2021年我局政府信息公开工作存在的主要问题：一是依申请公开答复的说理性有待进一步增强；二是政策解读的形式和质量仍需提升，部分解读材料与政策文件关联不够紧密。2022年，我局计划组织全系统政务公开培训4次，编印依申请公开答复规范指引，进一步提高答复质量。
六、其他需要报告的事项
（一）贯彻落实政务公开年度工作要点情况。按照市政府办公厅关于年度政务公开工作要点的部署，逐项落实垃圾分类、公园城市等重点领域公开任务，按季度向社会公布生活垃圾分类实效测评结果。
（二）收取信息处理费情况。本年度未收取信息处理费。
""",
    doc_type="annual_report",
    agency="上海市绿化和市容管理局",
    region="上海市",
    admin_level="province",
    report_year=2021,
    publish_date="2022-01-28",
    index_no="SHLH-2022-00041",
    title="上海市绿化和市容管理局2021年政府信息公开工作年度报告",
    top_sections=6,
    cited=["国办公开办函〔2021〕30号"],
    facts=[
        F("proactive_disclosed_items", 3906, "条", "全年主动公开政府信息3906条"),
        F("normative_documents_published", 7, "件", "本年制发行政规范性文件7件"),
        F("public_opinion_responses", 32, "次", "回应社会关切32次"),
        F("applications_received", 163, "件", "本年度新收政府信息公开申请163件"),
        F("applications_carried_over", 9, "件", "上年结转9件"),
        F("applications_processed", 165, "件", "办结165件"),
        F("applications_granted", 62, "件", "予以公开62件"),
        F("applications_partially_granted", 21, "件", "部分公开21件"),
        F("applications_denied", 14, "件", "不予公开14件"),
        F("applications_carried_forward", 7, "件", "结转下年度继续办理7件"),
        F("disclosure_staff_fulltime", 3, "名", "配备专职工作人员3名"),
        F("training_sessions", 3, "次", "组织政务公开专题培训3次"),
        F("admin_reconsiderations", 6, "件", "被申请行政复议6件"),
        F("admin_lawsuits", 3, "件", "被提起行政诉讼3件"),
        F("fees_charged", 0, "元", "本年度未收取信息处理费"),
    ],
    notes="A bureau of a province-level municipality (直辖市): admin_level province, region 上海市. 2021 format, "
    "六 holds （一）要点落实 and （二）信息处理费. 163 + 9 = 165 + 7; 62+21+14+50+12+6 = 165. "
    "Lawsuits 3 = 2 direct + 1 after review. Traps: 行政事业性收费本年收费金额0万元 is the table-2 fee "
    "row, not a disclosure fee (the fee fact is the 信息处理费 sentence); 计划组织全系统政务公开培训4次 "
    "is in the 2022 plan, not a fact. Not counts: 废止3件/现行有效42件, 行政许可5,218件 etc., "
    "自然人141件 etc., 维持4件/纠正1件/尚未审结1件.",
)

doc(
    "ar2022_lingyun_renshe_pinyin.txt",
    """
凌云县人力资源和社会保障局2022年政府信息公开工作年度报告
本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国办公开办函〔2021〕30号文件规定的格式编制，由凌云县人力资源和社会保障局负责解释。本报告所列数据统计期限为2022年1月1日至2022年12月31日。如对本报告有疑问，请与局办公室联系（电话：0776-7612345）。
一、总体情况
2022年，凌云县人力资源和社会保障局在县委、县政府的领导下，认真贯彻《条例》，围绕就业创业、社会保险、劳动关系和人才服务等群众关注的重点领域，持续加大信息公开力度，推动政务公开工作规范有序开展。
（一）主动公开。全年主动公开政府信息326条，主要包括就业创业扶持政策、城乡居民养老保险待遇调整、农民工工资支付监管和事业单位公开招聘等信息。本年度未制发行政规范性文件。
（二）依申请公开。全年共收到政府信息公开申请7件，其中网上申请5件、当面申请2件，已全部办结，其中予以公开5件，部分公开1件，无法提供1件。
（三）政府信息管理。严格执行信息发布审核制度，拟公开信息经股室负责人初审、分管领导审核后发布；对涉及个人身份信息的公示材料进行脱敏处理，防止泄露个人隐私。建立政府信息公开工作台账，对就业补贴、社保待遇等涉及群众切身利益的信息实行专人负责、定期更新，对过时信息及时撤除；对照上级人社部门发布的公开事项目录，逐项核对公开内容，查漏补缺。
（四）平台建设。依托凌云县人民政府门户网站部门信息公开专栏发布信息，在局办事大厅设置政府信息查阅点和电子显示屏，方便群众查询。在各乡镇人社服务站设置政策公开栏，定期更新就业岗位信息、社保缴费标准和待遇领取流程；结合春风行动、就业援助月等活动，在集市和村屯现场发放就业创业政策资料，现场解答群众咨询。
（五）
（五）监督保障。局办公室负责政务公开日常工作，配备兼职工作人员两名。全年组织政务公开业务学习培训2次，将政务公开工作纳入股室年度考核。
二、主动公开政府信息情况
2022年，我局规章和行政规范性文件本年制发、废止件数均为0；作出行政许可处理决定138件，行政处罚处理决定4件。
三、收到和处理政府信息公开申请情况
2022年，我局新收政府信息公开申请7件，全部为自然人申请，无上年结转申请；本年度办理结果总计7件，无结转下年度继续办理的申请。
四、政府信息公开行政复议、行政诉讼情况
2022年，我局未发生因政府信息公开引起的行政复议、行政诉讼。
五、存在的主要问题及改进情况
一是工作人员均为兼职，业务能力有待加强；二是政策解读形式较为单一，图解、短视频等解读形式运用不多；三是乡镇人社服务站信息公开的规范化水平不高。下一步，我局将加强业务培训，丰富政策解读形式，指导乡镇人社服务站做好信息公开工作。同时，进一步规范依申请公开办理流程，加强与申请人的沟通，提高答复质量；结合就业援助月、春风行动等专项活动，加大就业创业政策的宣传力度，让群众及时知晓政策、用好政策。
六、其他需要报告的事项
本年度我局未收取信息处理费。
""",
    doc_type="annual_report",
    agency="凌云县人力资源和社会保障局",
    region="广西壮族自治区百色市凌云县",
    admin_level="county",
    report_year=2022,
    title="凌云县人力资源和社会保障局2022年政府信息公开工作年度报告",
    top_sections=6,
    cited=["国办公开办函〔2021〕30号"],
    script="traditional_pinyin",
    opencc="s2tw",
    pinyin_special=(("領(lǐng)導(dǎo)", "領(lǐng)(lǐng)導(dǎo)"), ("制度", "制(zhi)度(du)")),
    facts=[
        F("proactive_disclosed_items", 326, "条", "全年主动公开政府信息326条"),
        F("normative_documents_published", 0, "件", "本年度未制发行政规范性文件"),
        F("applications_received", 7, "件", "共收到政府信息公开申请7件"),
        F("applications_online", 5, "件", "网上申请5件"),
        F("applications_in_person", 2, "件", "当面申请2件"),
        F("applications_granted", 5, "件", "予以公开5件"),
        F("applications_partially_granted", 1, "件", "部分公开1件"),
        F("disclosure_staff_parttime", 2, "名", "配备兼职工作人员两名"),
        F("training_sessions", 2, "次", "组织政务公开业务学习培训2次"),
        F("applications_carried_over", 0, "件", "无上年结转申请"),
        F("applications_processed", 7, "件", "本年度办理结果总计7件"),
        F("applications_carried_forward", 0, "件", "无结转下年度继续办理的申请"),
        F("admin_reconsiderations", 0, "件", "未发生因政府信息公开引起的行政复议、行政诉讼"),
        F("admin_lawsuits", 0, "件", "未发生因政府信息公开引起的行政复议、行政诉讼"),
        F("fees_charged", 0, "元", "未收取信息处理费"),
    ],
    notes="Traditional script (OpenCC s2tw) with pinyin readings after characters (政務(wù), 報(bào), 項(xiàng)…), one "
    "doubled reading 領(lǐng)(lǐng) and one toneless pair 制(zhi)度(du); strip readings before t2s. "
    "Parentheses to keep: （一）…（五）, (以下簡稱…) is full-width. 2021 format. Chinese numeral: 兩名 "
    "(2 part-time staff). Not counts: 0776-7612345, 行政許可138件/行政處罰4件, 制發、廢止件數均為0 (no "
    "vocabulary metric beyond the 未制發 sentence), 無法提供1件.",
)

doc(
    "ar2023_guojia_linye.md",
    """
# 国家林业和草原局2023年政府信息公开工作年度报告

| 索引号 | 发布机构 | 发布日期 |
|---|---|---|
| 000014349/2024-00012 | 国家林业和草原局 | 2024-01-29 |

本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国办公开办函〔2021〕30号规定的格式编制，统计期限为2023年1月1日至2023年12月31日。本报告电子版可在国家林业和草原局政府网下载。

## 一、总体情况

2023年，国家林业和草原局坚持以公开为常态、不公开为例外，围绕以国家公园为主体的自然保护地体系建设、国土绿化、林草资源保护和林业改革发展等重点工作，全面推进决策、执行、管理、服务、结果公开，政务公开工作取得新成效。

### （一）主动公开

全年主动公开政府信息4520条，本年制发行政规范性文件2件，均同步发布政策解读。围绕国家公园建设、森林草原防灭火、松材线虫病防控和集体林权制度改革等社会关注事项，通过新闻发布会、政策吹风会和政务新媒体回应社会关切85次。全年办理全国人大代表建议和全国政协委员提案612件，办理复文按规定公开。

### （二）依申请公开

本年度新收政府信息公开申请196件，上年结转11件，办结198件，结转下年度继续办理9件。办结的申请中，予以公开73件，部分公开30件，不予公开12件，无法提供61件，不予处理17件，其他处理5件。

### （三）政府信息管理

严格执行公文公开属性源头认定制度，拟公开信息实行起草司局初审、办公室复核的两级审查；对现行有效的规范性文件进行清理，及时公布清理结果。

### （四）平台建设

优化局政府网“政府信息公开”专栏，更新政府信息公开指南和主动公开基本目录；规范管理局属单位政务新媒体，开展季度检查。

### （五）监督保障

局政务公开工作由办公室归口管理，配备专职工作人员4名、兼职工作人员26名。全年组织政务公开业务培训5次，培训局机关和直属单位工作人员近600人次。

## 二、主动公开政府信息情况

2023年，我局本年制发行政规范性文件2件，本年废止4件，现行有效71件；行政许可本年处理决定8,346件；行政处罚本年处理决定23件；行政事业性收费本年收费金额1,287.6万元。

## 三、收到和处理政府信息公开申请情况

本年度新收的196件申请中，自然人申请158件，商业企业申请21件，科研机构申请3件，社会公益组织申请6件，法律服务机构申请8件。

## 四、政府信息公开行政复议、行政诉讼情况

2023年，我局因政府信息公开被申请行政复议8件，其中结果维持5件、结果纠正1件、尚未审结2件；被提起行政诉讼4件，均为未经复议直接起诉，其中结果维持3件、尚未审结1件。

## 五、存在的主要问题及改进情况

一是部分直属单位对依申请公开答复的规范性把握不够；二是政策解读的形式有待进一步丰富；三是林草领域基层政务公开指导需要加强。2024年，我局将修订依申请公开办理规程，加强对直属单位的业务指导，推进林草领域基层政务公开标准化规范化。

## 六、其他需要报告的事项

（一）贯彻落实政务公开年度工作要点情况。按照年度政务公开工作要点要求，重点做好国家公园、林长制和森林草原防灭火等信息公开。

（二）收取信息处理费情况。本年度依法收取信息处理费0.36万元，收费依据为《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）。
""",
    doc_type="annual_report",
    agency="国家林业和草原局",
    region=None,
    admin_level="central",
    report_year=2023,
    publish_date="2024-01-29",
    index_no="000014349/2024-00012",
    title="国家林业和草原局2023年政府信息公开工作年度报告",
    top_sections=6,
    cited=["国办公开办函〔2021〕30号", "国办函〔2020〕109号"],
    facts=[
        F("proactive_disclosed_items", 4520, "条", "全年主动公开政府信息4520条"),
        F("normative_documents_published", 2, "件", "本年制发行政规范性文件2件"),
        F("public_opinion_responses", 85, "次", "回应社会关切85次"),
        F("npc_cppcc_proposals_handled", 612, "件", "全国政协委员提案612件"),
        F("applications_received", 196, "件", "本年度新收政府信息公开申请196件"),
        F("applications_carried_over", 11, "件", "上年结转11件"),
        F("applications_processed", 198, "件", "办结198件"),
        F("applications_carried_forward", 9, "件", "结转下年度继续办理9件"),
        F("applications_granted", 73, "件", "予以公开73件"),
        F("applications_partially_granted", 30, "件", "部分公开30件"),
        F("applications_denied", 12, "件", "不予公开12件"),
        F("disclosure_staff_fulltime", 4, "名", "配备专职工作人员4名"),
        F("disclosure_staff_parttime", 26, "名", "兼职工作人员26名"),
        F("training_sessions", 5, "次", "组织政务公开业务培训5次"),
        F("training_participants", 600, "人次", "近600人次", approx=True),
        F("admin_reconsiderations", 8, "件", "被申请行政复议8件"),
        F("admin_lawsuits", 4, "件", "被提起行政诉讼4件"),
        F("fees_charged", 3600, "元", "依法收取信息处理费0.36万元"),
    ],
    notes="Markdown: # title, a pipe-table metadata block, ## top sections and ### subsections (only the six ## "
    "headings are top-level). Central body, region null. 2021 format. Fee trap: 信息处理费0.36万元 = "
    "3600 元 is the disclosure fee; 行政事业性收费本年收费金额1,287.6万元 is the table-2 row for "
    "administrative charges, not a disclosure fee. 196 + 11 = 198 + 9; 73+30+12+61+17+5 = 198. Not "
    "counts: 废止4件/现行有效71件, 行政许可8,346件, 行政处罚23件, 自然人158件 etc., 维持5件 etc., "
    "〔2020〕109号, 两级审查.",
)

doc(
    "ar2021_wuzhen_notitle.txt",
    """
本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国办公开办函〔2021〕30号文件要求，由桐乡市乌镇镇人民政府编制。2021年，镇政府围绕世界互联网大会永久举办地建设、历史文化古镇保护和乡村振兴等中心工作，扎实推进基层政务公开标准化规范化建设。本报告所列数据统计期限为2021年1月1日至2021年12月31日。本报告电子版可在桐乡市人民政府门户网站乌镇镇信息公开专栏下载。
一、总体情况
（一）主动公开。全年通过桐乡市人民政府门户网站乡镇专栏、镇政务公开栏和“乌镇发布”微信公众号，主动公开政府信息302条，主要包括机构职能、财政预决算、社会救助对象、农村建房审批结果、征地补偿和就业帮扶等信息。镇政府不具有行政规范性文件制定权，本年度未制发行政规范性文件。
（二）依申请公开。全年共收到政府信息公开申请3件，其中当面申请2件、网上申请1件；办结3件，其中予以公开2件，无法提供1件。申请内容涉及农村宅基地审批和征地补偿安置。
（三）政府信息管理。按照基层政务公开标准目录，梳理镇级公开事项清单，明确公开内容、时限和责任科室；严格保密审查，对公示名单中的身份证号码、银行账号等个人信息作脱敏处理。
（四）平台建设。在镇便民服务中心设置政务公开专区，配备政府信息查询终端，提供政府信息查阅、依申请公开受理和政策咨询服务；各行政村（社区）设立村务公开栏，实现政务公开与村务公开有效衔接。
（五）监督保障。镇党政办公室负责政务公开日常工作，配备兼职工作人员3名。结合“最多跑一次”改革宣传，发放政务公开宣传资料1500余份。将政务公开工作纳入对各科室、各行政村（社区）的年度考核。
二、主动公开政府信息情况
2021年，镇政府无规章和行政规范性文件制发、废止事项；行政许可本年处理决定216件，行政处罚本年处理决定35件，行政强制本年处理决定2件；无行政事业性收费项目。
三、收到和处理政府信息公开申请情况
2021年，镇政府新收政府信息公开申请3件，均为自然人申请，无上年结转申请；办理结果为予以公开2件、无法提供（本机关不掌握相关政府信息）1件，无结转下年度继续办理的申请。
四、政府信息公开行政复议、行政诉讼情况
2021年，镇政府未发生因政府信息公开引起的行政复议、行政诉讼案件。
五、存在的主要问题及改进情况
一是政务公开工作人员均为兼职，人员流动较大，业务衔接不够顺畅；二是村务公开栏内容更新不够及时；三是政策解读的形式较为单一。下一步，镇政府将加强对兼职工作人员的培训，完善村务公开监督检查机制，探索运用图解、短视频等形式解读惠民政策。同时，将依托便民服务中心政务公开专区，进一步完善政策咨询和依申请公开受理服务，推动基层政务公开与便民服务深度融合。
六、其他需要报告的事项
（一）落实年度政务公开工作要点情况。按照桐乡市政务公开工作要点，完成镇级政务公开事项清单编制和便民服务中心政务公开专区建设。
（二）收取信息处理费情况。本年度未收取信息处理费。
""",
    doc_type="annual_report",
    agency="桐乡市乌镇镇人民政府",
    region="浙江省嘉兴市桐乡市乌镇镇",
    admin_level="township",
    report_year=2021,
    title=None,
    top_sections=6,
    cited=["国办公开办函〔2021〕30号"],
    facts=[
        F("proactive_disclosed_items", 302, "条", "主动公开政府信息302条"),
        F("normative_documents_published", 0, "件", "本年度未制发行政规范性文件"),
        F("applications_received", 3, "件", "共收到政府信息公开申请3件"),
        F("applications_in_person", 2, "件", "当面申请2件"),
        F("applications_online", 1, "件", "网上申请1件"),
        F("applications_processed", 3, "件", "办结3件"),
        F("applications_granted", 2, "件", "予以公开2件"),
        F("disclosure_staff_parttime", 3, "名", "配备兼职工作人员3名"),
        F("publicity_materials_printed", 1500, "份", "发放政务公开宣传资料1500余份", approx=True),
        F("applications_carried_over", 0, "件", "无上年结转申请"),
        F("applications_carried_forward", 0, "件", "无结转下年度继续办理的申请"),
        F("admin_reconsiderations", 0, "件", "未发生因政府信息公开引起的行政复议、行政诉讼案件"),
        F("admin_lawsuits", 0, "件", "未发生因政府信息公开引起的行政复议、行政诉讼案件"),
        F("fees_charged", 0, "元", "本年度未收取信息处理费"),
    ],
    notes="No title and no metadata: the text starts with the body, which names the agency (由桐乡市乌镇镇人民"
    "政府编制). Township in a county-level city (桐乡市, under 嘉兴市). 2021 format. Not counts: "
    "行政许可216件/行政处罚35件/行政强制2件 (table-2 content), “最多跑一次”, 无法提供1件.",
)

# ---------------------------------------------------------------------------------------------------------
# Work summaries (政务公开工作总结 / 工作情况报告)
# ---------------------------------------------------------------------------------------------------------

doc(
    "ws2016_wuyuan_linye.txt",
    """
婺源县林业局2016年政务公开工作总结
发布时间：2017-01-10　　来源：县林业局　　阅读次数：256
2016年，我局在县委、县政府的正确领导和县政务公开办的具体指导下，认真贯彻落实《中华人民共和国政府信息公开条例》和中共中央办公厅、国务院办公厅《关于全面推进政务公开工作的意见》，紧紧围绕林业中心工作，不断拓宽公开渠道、丰富公开内容，政务公开工作取得了较好成效。现将一年来的工作总结如下：
一、2016年工作开展情况
（一）加强领导，落实责任。调整充实了局政务公开工作领导小组，局长任组长，分管副局长任副组长，各股室、局属各单位负责人为成员，领导小组办公室设在局办公室，明确一名工作人员具体负责信息的收集、审核和上网发布。把政务公开工作纳入股室和局属单位年度目标考核，做到年初有计划、年中有检查、年终有考核。
（二）突出重点，丰富内容。全年通过县政府门户网站林业专栏和局政务公开栏主动公开各类政务信息318条。重点公开了以下内容：一是林业行政审批事项的办理依据、条件、程序和时限；二是生态公益林补偿资金、退耕还林补助资金、森林抚育补贴等惠林资金的分配和发放情况，做到户户公示；三是林木采伐指标分配和采伐许可证核发情况；四是森林防火、林业有害生物防治等公共安全信息。
（三）回应关切，解读政策。对群众关注的公益林补偿、林权流转等问题，通过县政府网站“在线访谈”、乡镇林业站入户宣传等方式进行解读，全年回应群众关切21次。认真办理人大代表建议和政协委员提案，全年办理人大建议和政协提案9件，办结率100%。
（四）规范依申请公开。完善依申请公开受理、登记、办理、答复流程，在局办公室设立受理点，公布受理时间和联系电话。全年未收到政府信息公开申请，未发生因政务公开引起的行政复议和行政诉讼。
（五）加强培训，提升能力。组织局机关和局属单位信息员开展政务公开业务培训1次，参训人员35人次，重点学习信息发布规范和保密审查要求。
二、存在的不足
一是部分股室对政务公开工作认识不足，存在信息报送不及时的现象；二是政策解读的形式还比较单一，解读的深度不够；三是乡镇林业站的政务公开工作相对薄弱，公开栏内容更新较慢。
三、2017年工作打算
（一）加大公开力度。全年计划主动公开政务信息不少于350条，重点做好林业重点工程、惠林资金、林木采伐等信息公开。
（二）强化政策解读。力争对出台的每一项涉林政策都做到同步解读，计划开展“林业政策进村入户”宣讲活动6场。
（三）加强培训考核。计划组织政务公开业务培训2次，进一步提高信息员的业务能力，把政务公开考核结果与年度评优挂钩。
（四）规范依申请公开。严格按照法定时限和程序办理依申请公开，确保答复规范、及时。
（五）强化督促检查。每半年对局属各单位和各乡镇林业站的政务公开情况开展一次检查，对检查发现的问题限期整改，确保政务公开工作落到实处。
（六）加强政策解读。对县里出台的涉林政策，及时在县政府门户网站发布解读材料，并通过乡镇林业站向林农宣传讲解。
""",
    doc_type="work_summary",
    agency="婺源县林业局",
    region="江西省上饶市婺源县",
    admin_level="county",
    report_year=2016,
    publish_date="2017-01-10",
    title="婺源县林业局2016年政务公开工作总结",
    top_sections=3,
    facts=[
        F("disclosure_staff", 1, "名", "明确一名工作人员具体负责"),
        F("proactive_disclosed_items", 318, "条", "主动公开各类政务信息318条"),
        F("public_opinion_responses", 21, "次", "回应群众关切21次"),
        F("npc_cppcc_proposals_handled", 9, "件", "办理人大建议和政协提案9件"),
        F("applications_received", 0, "件", "全年未收到政府信息公开申请"),
        F("admin_reconsiderations", 0, "件", "未发生因政务公开引起的行政复议和行政诉讼"),
        F("admin_lawsuits", 0, "件", "未发生因政务公开引起的行政复议和行政诉讼"),
        F("training_sessions", 1, "次", "开展政务公开业务培训1次"),
        F("training_participants", 35, "人次", "参训人员35人次"),
    ],
    notes="Summary that ends with next year's plan (三、2017年工作打算): report_year 2016, publish 2017-01-10; the "
    "plan's 不少于350条, 宣讲活动6场 and 培训2次 are targets, not facts. Page chrome line 阅读次数：256. "
    "一名 = 1 staff member. Not counts: 100%.",
)

doc(
    "ws2019_no_agency_jiaotong.txt",
    """
2019年度政务公开工作总结
2019年，我局在市委、市政府的领导下，认真贯彻落实新修订的《中华人民共和国政府信息公开条例》和《景德镇市人民政府办公室关于印发2019年景德镇市政务公开工作要点的通知》（景府办字〔2019〕38号）精神，结合交通运输工作实际，扎实推进政务公开各项工作。现将有关情况总结如下：
一、强化组织保障
局党组高度重视政务公开工作，年初召开专题会议研究部署，调整了政务公开工作领导小组，由主要负责同志任组长，班子成员任副组长，机关各科室和局属单位负责人为成员。领导小组办公室设在局办公室，明确专人负责信息的采集、审核和发布。制定《政务公开工作责任分工》，把公开任务分解到科室、落实到人，形成主要领导亲自抓、分管领导具体抓、科室分头落实的工作格局。同时，严格执行信息发布保密审查制度，坚持“先审查、后公开”和“一事一审”原则，全年未发生信息发布失误和泄密事件。
二、推进重点领域信息公开
（一）交通建设项目信息公开。全面公开国省道改造、农村公路建设等重点项目的批准、招投标、施工和验收信息，接受社会监督。对农村公路提档升级工程，在项目所在村公示建设内容、资金来源和施工单位。
（二）道路运输信息公开。及时公开道路运输经营许可、驾驶员培训机构备案、出租汽车运价调整等信息；在城乡客运一体化改革中，公开线路调整方案并征求群众意见。
（三）行政执法信息公开。落实行政执法公示制度，在门户网站公示执法主体、执法人员、执法依据和执法结果，全年公开交通运输行政处罚结果信息186条。
（四）财政信息公开。按时公开部门预算、决算和“三公”经费，公开车辆购置税补助资金和成品油价格调整补助资金的分配使用情况。
2019年，我局通过市政府门户网站和局政务网站主动公开政府信息432条，较好满足了群众对交通运输信息的需求。对公开的信息，我局坚持“谁公开、谁负责”，由业务科室对信息的准确性负责，办公室对信息发布的规范性把关，做到公开一条、准确一条。
三、做好解读回应
对出台的城市公交发展、农村公路养护等政策文件，通过图解、问答等形式进行解读，让群众看得懂、用得上。通过“12345”政务服务热线、市长信箱和行风热线，及时回应群众关于公交线路、出租车服务等方面的诉求，做到件件有落实、事事有回音。对出租车服务质量、公交站点设置等群众反映集中的问题，会同运输企业进行专项整改，整改结果在局政务网站公开，接受群众监督。
四、规范依申请公开
按照新修订条例的要求，修订依申请公开工作流程，更新政府信息公开指南。全年受理政府信息公开申请2件，2件申请均在法定期限内答复。未发生政府信息公开行政复议、行政诉讼案件。
五、存在的问题和下一步打算
一是政策解读的针对性和可读性有待增强；二是局属单位政务公开工作不够平衡；三是信息公开队伍业务能力需进一步提升。下一步，我局将加强学习培训，丰富解读形式，加强对局属单位的指导和督查，推动全局政务公开工作再上新台阶。
""",
    doc_type="work_summary",
    agency=None,
    agency_inferred="景德镇市交通运输局",
    region="江西省景德镇市",
    admin_level="city",
    report_year=2019,
    title="2019年度政务公开工作总结",
    top_sections=5,
    cited=["景府办字〔2019〕38号"],
    facts=[
        F("proactive_disclosed_items", 432, "条", "主动公开政府信息432条"),
        F("applications_received", 2, "件", "受理政府信息公开申请2件"),
        F("applications_processed", 2, "件", "2件申请均在法定期限内答复"),
        F("admin_reconsiderations", 0, "件", "未发生政府信息公开行政复议、行政诉讼案件"),
        F("admin_lawsuits", 0, "件", "未发生政府信息公开行政复议、行政诉讼案件"),
    ],
    notes="Never names itself: only 我局, the field (交通运输工作, 公交, 农村公路) and the city directive it implements "
    "(景德镇市 要点, 景府办字〔2019〕38号). agency null; a reader would guess 景德镇市交通运输局 (inferred, "
    "low confidence). The title has a year but no agency. Not counts: 行政处罚结果信息186条 (a subset "
    "of what was disclosed, not the year total), 做到公开一条、准确一条 (an idiom, not a count of one item), "
    "12345, “三公”.",
)

doc(
    "ws2020_quanzhou_shenji_trad.txt",
    """
泉州市审计局2020年政务公开工作总结
2020年，泉州市审计局在市委、市政府和省审计厅的领导下，认真贯彻《中华人民共和国政府信息公开条例》，按照市政府办公室关于年度政务公开工作要点的部署，坚持以公开促规范、以公开促落实，扎实做好审计领域信息公开工作。现将全年工作总结如下：
一、加强组织领导，夯实工作基础
局党组把政务公开列入年度重点工作，调整了政务公开工作领导小组，明确办公室为政务公开工作机构，专兼职人员5名，各业务科室确定一名信息员。修订《泉州市审计局政府信息公开保密审查办法》，建立信息公开“科室初审、办公室复核、分管领导审签”的审核机制，从源头上把好信息发布关。建立政务公开工作台账，对各科室信息报送情况按月统计、按季通报，推动形成科室主动报送、办公室统一发布的工作机制。全年组织政务公开业务培训2次，参训80人次，培训内容包括新修订的《条例》、审计结果公告编写规范和政务新媒体管理要求。
二、突出审计特色，深化信息公开
（一）主动公开情况。全年通过市政府门户网站部门信息公开专栏和局门户网站主动公开政府信息268条，其中发布审计结果公告11篇，公开年度审计工作报告和审计查出问题整改情况报告。
（二）审计结果公开。按照“谁审计、谁公开”的原则，对市级预算执行、疫情防控资金和捐赠款物、重大政策措施落实情况跟踪审计结果依法向社会公告，接受社会监督。公告内容涵盖审计发现的主要问题、审计建议和被审计单位的整改情况，做到审计结果公开与整改结果公开同步推进，倒逼被审计单位认真整改。对涉及民生的专项资金审计，在公告中用通俗易懂的语言说明资金规模、使用去向和存在的问题，方便群众理解和监督。
（三）财政资金信息公开。按时公开部门预算、决算和“三公”经费，公开政府采购项目信息，主动接受社会监督。
（四）政务新媒体管理。严格落实政务新媒体信息发布审核制度，实行“三审三校”，确保发布内容导向正确、表述准确；定期开展政务新媒体自查，及时清理长期不更新的栏目。
三、规范依申请公开，依法保障知情权
严格执行依申请公开受理、登记、办理、答复程序。全年收到政府信息公开申请3件，已按时办结3件，其中予以公开2件，部分公开1件。办理过程中未收取任何费用。全年未发生政府信息公开方面的行政复议和行政诉讼。
四、拓展公开渠道，回应社会关切
在局门户网站开设“审计整改”专栏，集中公开审计查出问题的整改结果；运维“泉州审计”微信公众号，及时发布审计工作动态和政策解读。对群众通过“12345”热线和局长信箱反映的问题，做到件件有回音，全年回应群众关切14次。
五、2021年工作思路
2021年，我局将继续深化审计结果公开，计划每季度至少发布审计结果公告一次，力争全年主动公开政府信息不少于300条；加强政策解读，提高解读质量；加强政务公开队伍建设，组织业务培训不少于2次，进一步提升政务公开工作水平。同时，我局将加强与市政府办公室政务公开科的沟通，按时报送政务公开工作情况，主动接受监督检查。
""",
    doc_type="work_summary",
    agency="泉州市审计局",
    region="福建省泉州市",
    admin_level="city",
    report_year=2020,
    title="泉州市审计局2020年政务公开工作总结",
    top_sections=5,
    script="traditional",
    opencc="s2hk",
    facts=[
        F("disclosure_staff", 5, "名", "专兼职人员5名"),
        F("training_sessions", 2, "次", "组织政务公开业务培训2次"),
        F("training_participants", 80, "人次", "参训80人次"),
        F("proactive_disclosed_items", 268, "条", "主动公开政府信息268条"),
        F("applications_received", 3, "件", "收到政府信息公开申请3件"),
        F("applications_processed", 3, "件", "已按时办结3件"),
        F("applications_granted", 2, "件", "予以公开2件"),
        F("applications_partially_granted", 1, "件", "部分公开1件"),
        F("fees_charged", 0, "元", "未收取任何费用"),
        F("admin_reconsiderations", 0, "件", "未发生政府信息公开方面的行政复议和行政诉讼"),
        F("admin_lawsuits", 0, "件", "未发生政府信息公开方面的行政复议和行政诉讼"),
        F("public_opinion_responses", 14, "次", "回应群众关切14次"),
    ],
    notes="Traditional script (OpenCC s2hk), no pinyin. Ends with 五、2021年工作思路: targets 每季度至少…一次, "
    "不少于300条, 不少于2次 are not facts; report_year 2020. Not counts: 审计结果公告11篇 (no vocabulary "
    "metric; part of the 268), 一名信息员 per unit, 12345.",
)

doc(
    "ws2018_yanting_shuiwu_pinyin.txt",
    """
2018年以来，盐亭县水务局在县委、县政府的领导下，在县政务服务和公共资源交易服务中心的指导下，认真执行《中华人民共和国政府信息公开条例》和《四川省政府信息公开规定》，围绕水利建设、水资源管理、河长制和农村饮水安全等重点工作，扎实推进政务公开，现将工作情况报告如下：
一、加强组织领导，健全工作机制
（一）健全领导机构。根据人员变动情况，及时调整了局政务公开工作领导小组，局长任组长，分管副局长任副组长，办公室、规划股、水政水资源股、农水股等股室负责人为成员，领导小组办公室设在局办公室，负责政务公开日常工作。
（二）完善工作制度。修订完善了信息公开保密审查、信息发布审核和依申请公开办理等制度，明确拟公开信息由股室负责人初审、办公室复核、分管领导审签后发布，确保公开信息准确规范。
（三）加强业务学习。组织局机关干部职工和各乡镇水利站工作人员开展政务公开业务培训两次，学习《条例》及省、市、县关于政务公开工作的要求，提高干部职工依法公开的意识。培训结束后，各股室结合本股室业务梳理应当主动公开的信息清单，由办公室汇总审核后统一发布。
二、突出工作重点，深化信息公开
（一）主动公开情况。全年通过县政府门户网站水务专栏和局政务公开栏主动公开各类信息120余条，主要包括机构职能、水利项目建设、河长制工作动态、防汛抗旱和农村饮水安全工程等信息。
（二）重点领域公开。一是水利建设项目信息公开，对中小河流治理、高效节水灌溉等项目的批复、招投标和建设进度进行公开；二是河长制信息公开，在主要河流沿岸设立河长公示牌，公示河长姓名、职责和监督电话；三是防汛信息公开，汛期及时发布雨情、水情和防汛预警信息，提醒群众做好防范。四是农村饮水安全信息公开，公开农村饮水安全工程建设进度、水质检测结果和供水管理单位联系方式，方便群众反映用水问题。六是水资源管理信息公开，公开取水许可审批结果、水资源费征收标准和计划用水管理情况，接受社会监督。五是财政资金信息公开，按规定公开部门预算、决算和“三公”经费，公开水利专项资金的分配和使用情况。
（三）依申请公开情况。全年未收到政府信息公开申请。未发生因政府信息公开引起的行政复议、行政诉讼，也未出现因政府信息公开被责令纠正的情况。
三、存在的问题
一是政务公开工作人员均为兼职，业务水平有待提高；二是信息公开的及时性还需加强，部分信息更新滞后；三是政策解读工作相对薄弱，解读形式单一。四是政府信息公开查阅场所的利用率不高，群众到局里查阅信息的渠道宣传不够。
四、2019年工作打算
（一）加大公开力度，及时公开水利项目建设、河长制工作等群众关注的信息。
（二）加强政策解读，对出台的涉水政策同步开展解读，提高政策知晓率。
（三）加强队伍建设，计划组织业务培训3次，提高工作人员的业务能力。
（四）强化监督考核，把政务公开工作纳入股室年度考核，确保各项任务落到实处。
""",
    doc_type="work_summary",
    agency="盐亭县水务局",
    region="四川省绵阳市盐亭县",
    admin_level="county",
    report_year=2018,
    title=None,
    top_sections=4,
    script="traditional_pinyin",
    opencc="s2tw",
    pinyin_special=(("政務(wù)公開", "政務(wù)(wù)公開"),),
    facts=[
        F("training_sessions", 2, "次", "开展政务公开业务培训两次"),
        F("proactive_disclosed_items", 120, "条", "主动公开各类信息120余条", approx=True),
        F("applications_received", 0, "件", "全年未收到政府信息公开申请"),
        F("admin_reconsiderations", 0, "件", "未发生因政府信息公开引起的行政复议、行政诉讼"),
        F("admin_lawsuits", 0, "件", "未发生因政府信息公开引起的行政复议、行政诉讼"),
    ],
    notes="Traditional script (OpenCC s2tw) with pinyin readings after characters, one doubled reading "
    "務(wù)(wù); no title: starts with 2018年以來 … 現將工作情況報告如下. Ends with 四、2019年工作打算 "
    "(计划组织业务培训3次 is a target): report_year 2018. Here the zero statement is explicit "
    "(未發生…行政複議、行政訴訟), and the extra 未出現…被責令糾正 adds nothing.",
)

doc(
    "ws2021_rucheng_wenming_xiang.txt",
    """
汝城县文明瑶族乡人民政府2021年政务公开工作总结
2021年，文明瑶族乡在县委、县政府的领导和县政务公开办的指导下，认真贯彻落实上级关于政务公开工作的部署，以基层政务公开标准化规范化建设为抓手，扎实推进政务公开工作，保障群众的知情权、参与权和监督权。现将一年来的工作总结如下：
一、工作开展情况
（一）健全工作机制。乡政府调整了政务公开工作领导小组，乡长任组长，分管副乡长任副组长，党政办、财政所、社会事务办等站所负责人为成员，党政办明确兼职工作人员2名负责政务公开日常工作。建立信息发布“站所初审、党政办复核、分管领导审签”制度，确保公开信息准确无误。
（二）推进标准化规范化建设。对照县里下发的基层政务公开标准目录，梳理乡级政务公开事项清单，涵盖社会救助、养老服务、农村危房改造、乡村振兴等领域，逐项明确公开内容、公开时限和公开方式。在乡便民服务中心设置政务公开专区，摆放政策汇编和办事指南，方便群众查阅。
（三）抓好信息公开。全年通过汝城县人民政府门户网站乡镇专栏公开信息186条，在乡政务公开栏和各村村务公开栏公示低保、特困供养、危房改造补助、耕地地力保护补贴等信息，公示期间设立监督电话，接受群众监督。
（四）加强政策宣传。结合“屋场会”和“送政策下乡”活动，发放政策宣传资料3000余份，组织乡村干部入户讲解医保、养老保险和防返贫监测等政策，对瑶族群众集中的村组安排双语宣讲，确保政策宣传到户到人。对群众在宣传中提出的问题，能当场解答的当场解答，不能当场解答的登记后交相关站所限时答复，并将答复情况反馈群众。
（五）规范依申请公开。在乡便民服务中心设立依申请公开受理点，公布受理电话和办理流程。全年未收到政府信息公开申请。
（六）加强学习培训。召开政务公开工作培训会两次，组织乡村干部学习政务公开标准目录和信息发布要求，提升基层干部公开意识和业务能力。
（七）推进村务公开。指导各村建立村务公开“三会一栏”制度，村级财务收支、惠农补贴发放、集体资产处置等事项按规定张榜公布，乡纪委和党政办定期对各村公开情况进行抽查，对发现的问题督促整改，村务公开的规范化水平进一步提高。
（八）强化监督检查。乡政务公开工作领导小组每半年对各站所、各村政务公开和村务公开情况开展一次督查，督查结果在全乡干部大会上通报，推动各项公开任务落到实处。
二、存在的问题
一是政务公开工作人员均为兼职，专业能力不足；二是部分村的村务公开栏更新不及时，内容不够规范；三是网上公开信息的数量和质量有待提高，政策解读基本空白。
三、2022年工作计划
（一）进一步完善政务公开事项清单，做到应公开尽公开，按时更新公开内容。
（二）加强村务公开监督，每季度对各村公开情况检查一次，对公开不及时、不规范的村进行通报。
（三）计划组织政务公开业务培训3次，并力争全年通过门户网站公开信息不少于200条。
（四）探索开展政策解读，对涉及群众切身利益的惠民政策，采用群众易懂的语言进行解读。
""",
    doc_type="work_summary",
    agency="汝城县文明瑶族乡人民政府",
    region="湖南省郴州市汝城县文明瑶族乡",
    admin_level="township",
    report_year=2021,
    title="汝城县文明瑶族乡人民政府2021年政务公开工作总结",
    top_sections=3,
    facts=[
        F("disclosure_staff_parttime", 2, "名", "明确兼职工作人员2名"),
        F("proactive_disclosed_items", 186, "条", "乡镇专栏公开信息186条"),
        F("publicity_materials_printed", 3000, "份", "发放政策宣传资料3000余份", approx=True),
        F("applications_received", 0, "件", "全年未收到政府信息公开申请"),
        F("training_sessions", 2, "次", "召开政务公开工作培训会两次"),
    ],
    notes="Ethnic township (瑶族乡) summary ending with 三、2022年工作计划: report_year 2021; 培训3次 and 不少于200条 "
    "there are targets. 两次 = 2 training sessions. No metadata, so publish_date null.",
)

doc(
    "ws2022_yuelu_sifa_notitle.txt",
    """
2022年，长沙市岳麓区司法局在区委、区政府的正确领导下，认真贯彻《中华人民共和国政府信息公开条例》，按照区政务公开工作的统一部署，紧扣法治岳麓建设，持续深化政务公开，各项工作取得了新的成效。现将有关情况报告如下：
一、强化组织保障
局党组把政务公开作为推进依法行政、建设法治政府的重要内容，与司法行政业务工作同部署、同推进。调整局政务公开工作领导小组，局长任组长，分管副局长任副组长，各科室和司法所负责人为成员，办公室具体负责日常工作。建立“科室初审、办公室复核、分管领导审签”的信息发布审核机制，严把政治关、保密关和文字关。全年组织政务公开专题培训3次，提高干部职工依法公开的意识和能力。
二、深化主动公开
全年通过区政府门户网站部门信息公开专栏主动公开政府信息253条，重点公开了以下内容：一是机构职能、领导分工和内设机构信息；二是行政复议、行政应诉、公共法律服务等事项的办事指南；三是人民调解、社区矫正、法律援助等工作动态；四是部门预决算和“三公”经费信息；五是“八五”普法规划实施情况及年度普法责任清单。
对涉及群众切身利益的法律援助、公证、人民调解等服务事项，逐项公开服务内容、办理条件、所需材料和办理时限，推动公共法律服务事项“一次告知、一次办好”。对行政执法监督、法治督察等工作，及时公开工作安排和监督结果，接受社会监督。依托区公共法律服务中心和各街道公共法律服务工作站，设置政务公开宣传栏和政策资料取阅点，方便群众就近获取法律服务信息。
三、做好解读回应
对区政府出台的行政规范性文件，会同起草单位做好合法性审核情况说明和政策解读。关注群众通过“12345”热线、区长信箱反映的法律服务诉求，全年回应群众关切18次，做到件件有回应、事事有着落。针对群众关注的法律援助申请条件、人民调解程序等问题，在门户网站发布问答式解读，用通俗易懂的语言讲清办理条件和流程；对涉及局职责的网络舆情，按照“属地管理、分级负责”的原则及时核实、妥善处置，没有发生因回应不及时引发的负面舆情。
四、规范依申请公开
严格执行依申请公开受理、登记、审核、答复程序，收到政府信息公开申请4件，4件均已按期办结，其中予以公开3件，无法提供1件。未发生因政府信息公开引发的行政复议、行政诉讼。
五、存在的不足和下一步打算
一是政策解读的形式还不够丰富，图解、短视频等解读方式运用较少；二是基层司法所信息报送的及时性有待提高；三是公共法律服务信息的整合发布还不够系统。下一步，我局将加强对司法所的业务指导，完善信息报送机制，丰富政策解读形式，推动政务公开工作提质增效，为法治岳麓建设营造公开透明的良好环境。同时，我局将进一步加强政务公开队伍建设，定期组织业务学习和经验交流，提高工作人员的政策水平和业务能力；健全政务公开考核评价机制，把政务公开工作情况纳入科室和司法所年度绩效考核，推动各项工作落地见效。
""",
    doc_type="work_summary",
    agency="长沙市岳麓区司法局",
    region="湖南省长沙市岳麓区",
    admin_level="county",
    report_year=2022,
    title=None,
    top_sections=5,
    facts=[
        F("training_sessions", 3, "次", "组织政务公开专题培训3次"),
        F("proactive_disclosed_items", 253, "条", "主动公开政府信息253条"),
        F("public_opinion_responses", 18, "次", "回应群众关切18次"),
        F("applications_received", 4, "件", "收到政府信息公开申请4件"),
        F("applications_processed", 4, "件", "4件均已按期办结"),
        F("applications_granted", 3, "件", "予以公开3件"),
        F("admin_reconsiderations", 0, "件", "未发生因政府信息公开引发的行政复议、行政诉讼"),
        F("admin_lawsuits", 0, "件", "未发生因政府信息公开引发的行政复议、行政诉讼"),
    ],
    notes="No title, no metadata; the agency is named only in the body and the year appears only in the opening "
    "sentence (2022年，长沙市岳麓区司法局…). Trap: 行政复议、行政应诉 in 二 are services the bureau "
    "handles, not disclosure cases. Not counts: “八五”普法, 12345, 无法提供1件.",
)

doc(
    "ws2023_changzhou_yibao.txt",
    """
常州市医疗保障局关于2023年度政务公开工作情况的报告
2023年，市医疗保障局在市委、市政府的坚强领导下，深入贯彻《中华人民共和国政府信息公开条例》，认真落实国家、省、市政务公开工作要点，围绕医保待遇保障、基金监管和医保服务便民化等重点工作，推动政务公开工作取得明显成效。现将有关情况报告如下：
一、主动公开情况
全年通过市政府门户网站、局门户网站和“常州医保”微信公众号主动公开政府信息1026条。重点公开了城乡居民医保参保缴费政策、职工医保门诊共济保障机制改革、药品和医用耗材集中带量采购、定点医药机构协议管理等信息。围绕门诊共济改革，编印政策问答、宣传折页等资料2.6万份，在定点医药机构和社区发放，帮助参保群众了解个人账户使用范围的变化。同时，按月公开定点医药机构新增和退出情况，按季度公开医保基金运行情况，主动接受社会监督；对药品集中带量采购中选结果，第一时间在局门户网站公布中选药品名称、规格和价格，方便群众查询。
二、解读回应情况
对出台的医保政策文件，做到政策文件与解读材料同步起草、同步审签、同步发布，采用图解、短视频等形式开展解读。密切关注医保领域社会舆情，通过“12345”热线、市长信箱、网络问政平台等渠道回应群众关切45次。全年办理人大代表建议、政协委员提案19件，均按时办结并公开办理复文。
三、依申请公开情况
全年收到政府信息公开申请12件，已办结12件，其中予以公开9件、部分公开1件、无法提供2件。全年未收取信息处理费。未发生因政府信息公开引起的行政复议、行政诉讼。对申请内容不明确的，工作人员主动与申请人电话沟通，指导其准确描述所需信息，减少因理解偏差造成的反复申请；答复文书均载明依据和救济途径。
四、平台建设和监督保障
针对部分群众对门诊共济改革的疑虑，组织医保经办机构工作人员走进社区、企业开展面对面政策宣讲，现场解答参保群众的问题，并将常见问题整理成问答在门户网站和微信公众号同步发布，有效化解了群众的疑虑。
优化局门户网站政府信息公开专栏，设置“医保政策”“医保服务”“基金监管”等栏目，更新政府信息公开指南；规范“常州医保”微信公众号运维管理，严格执行信息发布“三审”制度，及时发布参保缴费提醒、待遇调整公告和经办服务指南；将政务公开工作纳入局机关处室和直属单位年度绩效考核，全年开展政务公开业务培训2次，参训人员130人次。
五、2024年工作安排
一是持续推进医保政策公开和解读，计划全年开展医保政策“进社区、进企业”宣讲活动20场；二是加强医保基金监管信息公开，按季度公开基金监管检查结果，计划印发基金监管宣传资料1万份；三是加强政务公开队伍建设，计划组织业务培训3次；四是优化局门户网站栏目设置，提升用户体验。五是健全政务公开工作考核机制，对各处室、各直属单位政务公开工作进行定期通报，推动政务公开工作常态化、制度化。
【打印】　【关闭】
扫一扫在手机上打开当前页
主办单位：常州市医疗保障局　　网站标识码：3204000099　　苏ICP备12004531号-1
""",
    doc_type="work_summary",
    agency="常州市医疗保障局",
    region="江苏省常州市",
    admin_level="city",
    report_year=2023,
    title="常州市医疗保障局关于2023年度政务公开工作情况的报告",
    top_sections=5,
    facts=[
        F("proactive_disclosed_items", 1026, "条", "主动公开政府信息1026条"),
        F("publicity_materials_printed", 26000, "份", "宣传折页等资料2.6万份"),
        F("public_opinion_responses", 45, "次", "回应群众关切45次"),
        F("npc_cppcc_proposals_handled", 19, "件", "政协委员提案19件"),
        F("applications_received", 12, "件", "收到政府信息公开申请12件"),
        F("applications_processed", 12, "件", "已办结12件"),
        F("applications_granted", 9, "件", "予以公开9件"),
        F("applications_partially_granted", 1, "件", "部分公开1件"),
        F("fees_charged", 0, "元", "全年未收取信息处理费"),
        F("admin_reconsiderations", 0, "件", "未发生因政府信息公开引起的行政复议、行政诉讼"),
        F("admin_lawsuits", 0, "件", "未发生因政府信息公开引起的行政复议、行政诉讼"),
        F("training_sessions", 2, "次", "开展政务公开业务培训2次"),
        F("training_participants", 130, "人次", "参训人员130人次"),
    ],
    notes="A 工作情况报告 (work_summary) with footer chrome (打印/关闭, 扫一扫…, 网站标识码, ICP备). Section 五 is the "
    "2024 plan: 宣讲活动20场, 宣传资料1万份 (a planned print run, not a fact) and 培训3次 are not facts. "
    "2.6万份 = 26000. Not counts: 12345, 无法提供2件, 3204000099.",
)

# ---------------------------------------------------------------------------------------------------------
# Work plans (工作要点 / 实施方案 / 任务分工); targets only, never facts
# ---------------------------------------------------------------------------------------------------------

doc(
    "wp2020_xianning_yaodian.txt",
    """
- 索引号: 011043123/2020-04511
- 发布机构: 市政府办公室
- 发布日期: 2020-05-12
- 文号: 咸政办发〔2020〕11号
- 标题: 咸宁市人民政府办公室关于印发2020年咸宁市政务公开工作要点的通知
咸宁市人民政府办公室关于印发2020年咸宁市政务公开工作要点的通知
咸政办发〔2020〕11号
各县、市、区人民政府，市政府各部门：
《2020年咸宁市政务公开工作要点》已经市人民政府同意，现印发给你们，请结合实际认真贯彻落实。
咸宁市人民政府办公室
2020年5月8日
（此件公开发布）
2020年咸宁市政务公开工作要点
为深入贯彻落实《国务院办公厅关于印发2020年政务公开工作要点的通知》（国办发〔2020〕17号）和《湖北省人民政府办公厅关于印发2020年湖北省政务公开工作要点的通知》（鄂政办发[2020]23号）精神，进一步做好我市政务公开工作，结合实际，制定本要点。各地各部门要对照《咸宁市人民政府关于推进基层政务公开标准化规范化工作的实施意见》（咸政发【2019】14号），把本要点任务与基层政务公开标准化规范化工作统筹推进。
一、围绕疫情防控和经济社会发展加强信息公开
（一）做好疫情防控信息发布。坚持实事求是、公开透明，及时准确发布疫情信息和防控措施，市级层面每日统一发布疫情数据；遇有重大情况，原则上在24小时内召开新闻发布会。各县市区每季度至少召开新闻发布会2次，主要负责同志每年至少出席1次。
（二）加强复工复产政策公开。集中公开减税降费、援企稳岗、金融支持等惠企政策，编制惠企政策清单并在市政府门户网站专栏集中发布，力争政策兑现事项办理指南公开率达到100%。
（三）推进重大建设项目和公共资源配置信息公开。重大建设项目批准和实施信息在形成或变更之日起20个工作日内公开；公共资源交易信息全部在市公共资源交易平台集中发布。
二、围绕“放管服”改革加强办事服务公开
（一）深化“互联网+政务服务”。全面公开政务服务事项办事指南，推动更多事项实现“一网通办”“最多跑一次”，力争全年网上可办率不低于90%。
（二）规范涉企收费公开。全面公开行政事业性收费和政府性基金目录清单，做到清单之外无收费。
三、加强政策解读和回应关切
（一）提升政策解读质量。市政府及其部门出台的重要政策文件，解读材料与文件同步起草、同步审签、同步发布，解读比例达到100%；力争全年以图解、视频等形式解读的比例不少于30%。
（二）做好舆情回应。对涉及本地区本部门的重要政务舆情，原则上在5个工作日内回应，重大突发事件舆情最迟在24小时内发布权威信息。
四、夯实政务公开工作基础
（一）贯彻实施新修订的《条例》。规范依申请公开办理，统一答复文书格式，力争依申请公开按期答复率达到100%。
（二）做好政府信息公开工作年度报告。市政府各部门、各县市区政府按照国家统一格式编制年度报告，于次年1月31日前和3月31日前分别向社会公布。
（三）加强政府网站和政务新媒体管理。力争全市主动公开政府信息不少于1.2万条，季度检查合格率保持100%。
五、强化组织保障
（一）压实工作责任。各地各部门主要负责同志每年至少听取一次政务公开工作汇报，明确分管负责同志和工作机构。
（二）加强培训考核。市政务公开办全年组织全市政务公开业务培训不少于2次；将政务公开纳入年度综合考评，分值权重不低于4%。
各县市区政府、市政府各部门要于2020年6月15日前将贯彻落实本要点的工作方案报市政务公开办。
""",
    doc_type="work_plan",
    agency="咸宁市人民政府办公室",
    region="湖北省咸宁市",
    admin_level="city",
    report_year=2020,
    publish_date="2020-05-12",
    doc_number="咸政办发〔2020〕11号",
    index_no="011043123/2020-04511",
    title="咸宁市人民政府办公室关于印发2020年咸宁市政务公开工作要点的通知",
    top_sections=5,
    cited=["国办发〔2020〕17号", "鄂政办发[2020]23号", "咸政发【2019】14号"],
    notes="关于印发…工作要点的通知 wrapper: own 文号 on its own line (also in the metadata), signature date "
    "2020年5月8日 is not the publish date (2020-05-12). Cited numbers in three bracket styles 〔〕, [], "
    "【】. Everything numeric is a target or a deadline (24小时, 每季度至少…2次, 20个工作日, 不低于90%, "
    "不少于30%, 5个工作日, 不少于1.2万条, 不少于2次, 4%, 6月15日): no facts.",
)

doc(
    "wp2022_shanxi_sthjt_office.txt",
    """
您当前的位置：首页 > 政务公开 > 政府信息公开目录 > 通知公告
  • 索引号
  • 11140000MB1957210Q/2022-00218
  • 主题分类
  • 其他
  • 发布机构
  • 省生态环境厅
  • 成文日期
  • 2022-04-20
  • 发布日期
  • 2022-04-22
  • 标题
  • 山西省生态环境厅办公室关于印发《山西省生态环境厅2022年政务公开工作要点》的通知
  • 发文字号
  • 晋环办函〔2022〕58号
  • 有 效 性
  • 有效
山西省生态环境厅办公室关于印发《山西省生态环境厅2022年政务公开工作要点》的通知
晋环办函〔2022〕58号
厅机关各处室、各直属单位，各市生态环境局：
现将《山西省生态环境厅2022年政务公开工作要点》印发给你们，请认真抓好落实。
山西省生态环境厅办公室
2022年4月20日
山西省生态环境厅2022年政务公开工作要点
为贯彻落实《国务院办公厅关于印发2022年政务公开工作要点的通知》（国办发〔2022〕8号）、《山西省人民政府办公厅关于印发2022年山西省政务公开工作要点的通知》（晋政办发〔2022〕31号）和生态环境部办公厅关于2022年政务公开工作要点的通知（环办【2022】9号）要求，结合我厅实际，制定本要点。
一、加强生态环境重点领域信息公开
（一）环境质量信息公开。按月发布全省环境空气质量状况和地表水水质状况，按季度发布各市环境质量排名；及时公开重污染天气预警和应急响应信息。
（二）环评审批信息公开。建设项目环境影响评价文件受理后，5个工作日内公开受理情况；拟作出审批决定的，公示时间不少于5个工作日；审批决定作出后7个工作日内公开。
（三）执法监管信息公开。依法公开“双随机、一公开”抽查结果和行政处罚决定，行政处罚决定自作出之日起7个工作日内公开；力争重点排污单位环境信息依法披露率达到100%。
（四）中央生态环境保护督察整改信息公开。按要求公开督察反馈问题整改方案和整改进展，整改完成的问题及时销号并公开。
二、深化政策解读和回应关切
（一）做好政策解读。厅出台的行政规范性文件和重要政策，同步发布解读材料；重要政策力争采用图解、视频等多种形式解读，年内推出政策解读专题不少于6期。
（二）加强舆情回应。对涉及生态环境的重要舆情，及时发布权威信息，原则上在24小时内作出首次回应。建立舆情监测、研判、回应和反馈工作机制，办公室会同相关处室每日跟踪涉及我厅的网络舆情，对群众反映的生态环境问题，转交相关处室和市级生态环境部门核实处理并及时反馈。
三、规范依申请公开和公开平台建设
（一）规范依申请公开。严格按照法定时限答复，规范答复文书，力争依申请公开引发的行政复议纠错率、行政诉讼败诉率较上年下降。
（二）加强平台建设。优化厅门户网站“政府信息公开”专栏，规范政务新媒体管理，每季度开展一次网站和新媒体自查。
四、强化组织保障
（一）压实责任。各处室、各直属单位主要负责同志是本单位政务公开第一责任人，要明确专人负责政务公开日常工作。
（二）加强培训。厅办公室年内组织政务公开专题培训不少于2次，培训对象覆盖各处室、各直属单位信息员。
（三）严格考核。将政务公开工作纳入处室和直属单位年度目标责任考核，对工作不力的予以通报。
""",
    doc_type="work_plan",
    agency="山西省生态环境厅",
    region="山西省",
    admin_level="province",
    report_year=2022,
    publish_date="2022-04-22",
    doc_number="晋环办函〔2022〕58号",
    index_no="11140000MB1957210Q/2022-00218",
    title="山西省生态环境厅办公室关于印发《山西省生态环境厅2022年政务公开工作要点》的通知",
    top_sections=4,
    cited=["国办发〔2022〕8号", "晋政办发〔2022〕31号", "环办【2022】9号"],
    notes="Issued by the bureau's 办公室; labelled as the bureau (山西省生态环境厅), as for the seed's 重庆市民政局"
    "办公室 notice. Breadcrumb plus a bulleted metadata block with each value on the next line (发布机构 "
    "abbreviated 省生态环境厅, 成文日期 2022-04-20 vs 发布日期 2022-04-22). All numbers are targets or "
    "deadlines (5个工作日, 7个工作日, 100%, 不少于6期, 24小时, 不少于2次): no facts.",
)

doc(
    "wp2021_yanta_fengong.txt",
    """
西安市雁塔区2021年政务公开工作任务分工方案
为贯彻落实《陕西省人民政府办公厅关于印发2021年全省政务公开工作要点的通知》（陕政办发〔2021〕9号）和《西安市人民政府办公厅关于印发2021年西安市政务公开工作要点的通知》（市政办函[2021]37号）精神，进一步明确任务、压实责任，推动全区政务公开工作提质增效，结合我区实际，制定本方案。
一、总体要求
坚持以公开为常态、不公开为例外，围绕全区经济社会发展和群众关切，持续深化决策、执行、管理、服务、结果公开，以公开促落实、促规范、促服务，全面提升政务公开标准化规范化水平。
二、重点任务及分工
（一）做好“十四五”规划公开。雁塔区“十四五”规划纲要及各专项规划，在印发后20个工作日内通过区政府门户网站“规划计划”专栏集中公开，并配套发布图解和问答。牵头单位：区发改委；配合单位：各规划编制部门。
（二）加强重大决策预公开。涉及群众切身利益的重大行政决策，除依法不予公开的外，决策草案公开征求意见的期限一般不少于30日。牵头单位：区司法局；配合单位：各决策承办单位。
（三）深化财政信息公开。区级部门预决算在批复后20日内公开，公开率达到100%；按季度公开政府债务情况。牵头单位：区财政局。
（四）推进公共资源配置信息公开。公共资源交易项目全部在市公共资源交易平台公开，交易结果在成交后3个工作日内公示。牵头单位：区行政审批服务局。
（五）加强民生领域信息公开。围绕教育、医疗、养老、住房保障、社会救助等领域，力争全区主动公开民生领域信息不少于5000条。牵头单位：区教育局、区卫健委、区民政局、区住建局等。
（六）提升政策解读质量。区政府及其部门出台的规范性文件，解读材料同步发布，解读比例达到100%；力争区级部门负责人年内带头解读政策不少于12次。牵头单位：区政府办公室；配合单位：区级各部门。
（七）规范依申请公开。统一依申请公开受理、登记、答复格式文本，按期答复率达到100%，力争因政府信息公开引发的行政复议纠错率较上年下降。牵头单位：区政府办公室、区司法局。
（八）推进基层政务公开标准化规范化。各街道办事处对照26个试点领域标准目录，年内完成街道政务公开事项清单编制并在区政府门户网站公开。牵头单位：各街道办事处。
（九）加强政府网站和政务新媒体管理。每季度开展一次政府网站和政务新媒体检查，抽查合格率保持100%。牵头单位：区政府办公室。
（十）做好政府信息公开工作年度报告。按照国家统一格式编制年度报告，区级各部门和各街道办事处于次年1月31日前向社会公布。牵头单位：区政府办公室。
三、保障措施
（一）加强组织领导。各部门、各街道要明确分管负责同志和具体工作人员，主要负责同志每年至少听取一次政务公开工作汇报。
（二）强化督促考核。区政务公开办对任务落实情况进行季度通报，年底纳入目标责任考核，力争全区政务公开培训不少于3次。
（三）按时报送进展。各牵头单位于每季度末月25日前将任务推进情况报区政务公开办。
西安市雁塔区人民政府办公室
2021年4月2日
""",
    doc_type="work_plan",
    agency="西安市雁塔区人民政府办公室",
    region="陕西省西安市雁塔区",
    admin_level="county",
    report_year=2021,
    title="西安市雁塔区2021年政务公开工作任务分工方案",
    top_sections=3,
    cited=["陕政办发〔2021〕9号", "市政办函[2021]37号"],
    notes="A 任务分工方案 without a notice wrapper and without metadata; the title names only the district, the "
    "issuer appears in the signature at the end (西安市雁塔区人民政府办公室, 2021年4月2日, not a publish "
    "date). All numbers are targets or deadlines (20个工作日, 30日, 20日, 100%, 3个工作日, 不少于5000条, "
    "不少于12次, 26个试点领域, 1月31日, 不少于3次, 25日): no facts.",
)

doc(
    "wp2023_kuangshan_jiancha.txt",
    """
首页 > 政务公开 > 通知公告
国家矿山安全监察局办公室关于印发2023年政务公开工作要点的通知
发布时间：2023-05-16　　来源：办公室　　【大 中 小】【打印】
矿安办〔2023〕21号
各省级矿山安全监察局，局机关各司，各直属单位：
《国家矿山安全监察局2023年政务公开工作要点》已经局领导同意，现印发给你们，请结合实际认真贯彻落实。
国家矿山安全监察局办公室
2023年5月12日
国家矿山安全监察局2023年政务公开工作要点
为贯彻落实党中央、国务院关于全面推进政务公开的部署要求和应急管理部政务公开工作安排，根据《应急管理部办公厅关于印发2023年应急管理政务公开工作要点的通知》（应急厅〔2023〕15号），结合矿山安全监察工作实际，制定本要点。
一、加强矿山安全政策信息公开
（一）及时公开政策文件。局制定的规章、行政规范性文件和重要政策措施，除依法不予公开的外，均在印发后20个工作日内在局政府网站公开，并同步发布解读材料。
（二）做好政策解读。围绕矿山安全生产治本攻坚、煤矿智能化建设等重点工作，通过新闻发布会、专家解读、图解等方式开展解读，全年组织新闻发布活动不少于4次。
二、深化矿山安全监管执法信息公开
（一）公开监察执法信息。按照《矿山安全监察执法公示办法》（矿安〔2022〕128号）要求，及时公开监察执法计划、执法检查结果和行政处罚决定，行政处罚决定在作出之日起7个工作日内公开。
（二）公开事故调查信息。生产安全事故调查报告经批复后，依法依规及时向社会公布，重大以上事故调查报告公开率达到100%。对较大及以上事故，同步公开事故防范和整改措施的落实情况评估结果，推动事故教训转化为安全防范措施。
（三）公开重大隐患挂牌督办信息。对挂牌督办的重大事故隐患，公开督办事项、整改时限和销号情况。
（四）公开矿山安全生产标准和规程。及时公开新制定或修订的矿山安全规程、标准和技术规范，做好宣传贯彻和解读工作，指导企业准确理解和执行。
三、强化安全警示和舆情回应
（一）加强警示教育信息发布。定期发布典型事故案例和警示提示，力争全年发布安全警示信息不少于50条。
（二）做好舆情回应。对涉及矿山安全的重大舆情，在24小时内发布权威信息，并根据工作进展持续发布。
四、规范政务公开基础工作
（一）规范依申请公开。严格依照法定程序和期限办理，按期答复率达到100%。
（二）加强平台建设。优化局政府网站“政府信息公开”专栏，规范政务新媒体运维，每季度开展一次网站和新媒体内容检查。
（三）做好年度报告。按照国家规定的格式编制政府信息公开工作年度报告，于次年1月31日前向社会公布。
五、加强组织保障
局办公室牵头负责政务公开工作，各司、各直属单位明确专人负责。年内组织局系统政务公开业务培训不少于2次，将政务公开工作纳入年度考核。
【打印本页】将政务公开工作纳入年度考核。各省级矿山安全监察局要参照本要点，结合辖区实际制定本单位年度政务公开工作安排，并于年底前将落实情况报局办公室。
【打印本页】【关闭窗口】
""",
    doc_type="work_plan",
    agency="国家矿山安全监察局",
    region=None,
    admin_level="central",
    report_year=2023,
    publish_date="2023-05-16",
    doc_number="矿安办〔2023〕21号",
    title="国家矿山安全监察局办公室关于印发2023年政务公开工作要点的通知",
    top_sections=5,
    cited=["应急厅〔2023〕15号", "矿安〔2022〕128号"],
    notes="Central body; notice issued by its 办公室, labelled as the bureau. Breadcrumb and 发布时间 line (publish "
    "2023-05-16; signature 2023年5月12日). Own 文号 on its own line. All numbers are targets or deadlines "
    "(20个工作日, 不少于4次, 7个工作日, 100%, 不少于50条, 24小时, 1月31日, 不少于2次): no facts.",
)

doc(
    "wp2024_luoyang_gaoxin.txt",
    """
洛阳高新区管委会关于印发2024年政务公开工作要点的通知
洛高管〔2024〕6号
各部门、各街道办事处，区属各单位：
现将《洛阳高新技术产业开发区管理委员会2024年政务公开工作要点》印发给你们，请结合实际认真贯彻执行。
洛阳高新技术产业开发区管理委员会
2024年3月18日
洛阳高新技术产业开发区管理委员会2024年政务公开工作要点
为深入贯彻落实《河南省人民政府办公厅关于印发河南省2024年政务公开工作要点的通知》（豫政办[2024]12号）和《洛阳市人民政府办公室关于印发洛阳市2024年政务公开工作要点的通知》（洛政办【2024】7号）要求，进一步做好高新区政务公开工作，结合实际，制定本要点。各部门在总结2023年度政务公开工作的基础上，对照本要点细化任务、明确时限。
一、围绕高质量发展加强政策公开
（一）做好惠企政策公开。集中公开科技创新、人才引进、产业扶持等惠企政策，编制高新区惠企政策清单，政策发布后3个工作日内在管委会门户网站“惠企政策”专栏上线；力争全年开展政策宣讲进园区、进企业活动不少于10场。
（二）推进“免申即享”信息公开。公开“免申即享”政策事项清单和兑现结果，兑现结果在资金拨付后10个工作日内公示。
（三）加强营商环境信息公开。公开涉企行政检查事项清单和“综合查一次”实施情况，公开市场主体投诉举报办理结果。
（四）优化政务服务信息公开。全面公开政务服务事项办事指南，推进高效办成一件事，在政务服务中心设置政务公开专区，提供政策咨询和办事引导服务。
二、围绕重点项目加强执行公开
（一）重大建设项目信息公开。按照项目批准、实施、验收等环节，全流程公开重大建设项目信息，确保在信息形成或变更之日起20个工作日内公开。
（二）土地征收信息公开。依法公开征收土地预公告、补偿安置方案和征地结果，保障被征地群众的知情权。
（三）民生实事信息公开。公开年度民生实事项目清单、责任部门和完成时限，按季度公开项目推进情况，年底公开完成结果，接受群众监督。
三、推进政务公开平台和制度建设
（一）优化门户网站。对管委会门户网站进行集约化改版，规范设置政府信息公开专栏，力争全年主动公开政府信息不少于1500条。
（二）规范依申请公开。严格落实依申请公开登记、审核、办理、答复制度，按期答复率达到100%，确保不发生因答复不规范引发的行政复议纠错和行政诉讼败诉。
（三）推进街道政务公开标准化规范化。各街道办事处要在6月底前完成政务公开事项清单更新，并在便民服务中心设置政务公开专区。
四、强化组织保障
（一）落实责任。管委会党政办是高新区政务公开工作的主管部门，各部门主要负责同志要亲自抓、负总责，确定1名工作人员负责政务公开日常工作。
（二）加强培训。年内组织政务公开专题培训不少于2次，覆盖各部门、各街道信息员。
（三）加强督促检查。管委会党政办每季度对各部门、各街道政务公开工作开展一次检查，检查结果在管委会内部通报，对发现的问题督促限期整改。
（四）强化考核。将政务公开工作纳入年度目标考核，分值权重不低于3%，对工作滞后的部门进行通报。
""",
    doc_type="work_plan",
    agency="洛阳高新技术产业开发区管理委员会",
    region="河南省洛阳市",
    admin_level="county",
    report_year=2024,
    doc_number="洛高管〔2024〕6号",
    title="洛阳高新区管委会关于印发2024年政务公开工作要点的通知",
    top_sections=4,
    cited=["豫政办[2024]12号", "洛政办【2024】7号"],
    notes="开发区管委会 (labelled county by convention; region is the city). The title uses the short name "
    "(洛阳高新区管委会); the full name is in the signature and the attachment title. No metadata: "
    "publish_date null; signature 2024年3月18日 is not a publish date. Mentions 2023年度 but the plan year "
    "is 2024. All numbers are targets or deadlines (3个工作日, 不少于10场, 10个工作日, 20个工作日, "
    "不少于1500条, 100%, 6月底, 1名, 不少于2次, 每季度…一次, 3%): no facts.",
)

# ---------------------------------------------------------------------------------------------------------
# Implementation reports (政务公开工作要点落实情况)
# ---------------------------------------------------------------------------------------------------------

doc(
    "ir2019_jiawang_noagency.txt",
    """
根据《徐州市贾汪区人民政府办公室关于印发2019年贾汪区政务公开工作要点的通知》（贾政办发〔2019〕27号）要求，我局对照年度工作要点，结合农业农村工作实际，逐项细化任务、压实责任，政务公开各项工作有序推进。现将2019年政务公开工作要点落实情况报告如下：
一、加强组织领导，压实工作责任
机构改革后，我局及时调整政务公开工作领导小组，主要负责同志任组长，分管负责同志任副组长，各科室、局属单位负责人为成员，领导小组办公室设在局办公室。年初印发局政务公开工作任务分解表，将区要点确定的涉农任务逐项分解到科室，明确完成时限和责任人，做到任务、责任、时限“三明确”。严格执行信息发布“三审”制度，拟公开信息由科室初审、办公室复审、分管领导终审，确保公开内容准确规范。
二、聚焦重点领域，推进信息公开
（一）涉农补贴信息公开。对耕地地力保护补贴、农机购置补贴、稻谷目标价格补贴等惠农资金，在区政府门户网站和各镇（街道）、村公开栏同步公开补贴政策、补贴标准、发放对象和发放金额，接受群众监督。落实《江苏省农业农村厅关于做好涉农资金信息公开工作的通知》（苏农办【2019】12号）要求，建立涉农补贴公示台账。
（二）乡村振兴信息公开。及时公开乡村振兴战略实施方案、特色田园乡村建设、农村人居环境整治等重点工作进展，公开高标准农田建设项目的立项、招标和验收信息。
（三）农产品质量安全信息公开。定期公开农产品质量安全例行监测结果和农资市场专项检查情况，公开农业行政处罚案件信息。对农产品质量安全追溯管理、农资经营主体名录等信息实行动态更新，方便群众查询和监督。
（四）财政预决算信息公开。按规定在区政府门户网站公开部门预算、决算和“三公”经费，公开专项资金的分配使用情况。
全年通过区政府门户网站部门专栏主动公开信息156条。
三、做好解读回应，回应群众关切
对出台的农业农村政策文件，坚持同步起草、同步审签、同步发布解读材料，采用问答、图解等方式，讲清政策依据、适用范围和办理流程。通过“12345”热线、区长信箱等渠道，及时回应群众关于土地承包、农机补贴等方面的诉求，做到件件有回音。对涉及土地承包经营权确权、宅基地管理等政策性较强的诉求，由业务科室负责人牵头研究答复口径，必要时上门沟通解释，避免简单答复引发次生舆情。
四、规范依申请公开
按照新修订的《中华人民共和国政府信息公开条例》，修订依申请公开办理流程，更新政府信息公开指南，在局办公室设立受理点。全年未收到政府信息公开申请。
五、存在问题和下一步工作
一是政策解读形式还不够丰富，群众喜闻乐见的解读方式运用较少；二是部分镇（街道）涉农信息公开更新不及时，公示规范性有待提高；三是工作人员业务水平需进一步提升。下一步，我局将加强对镇（街道）农业农村部门的指导，规范涉农信息公示，丰富政策解读形式，推动政务公开工作再上新台阶。同时，我局将结合乡村振兴重点工作，进一步加大涉农补贴、项目建设等信息的公开力度，让群众看得明白、监督到位。
""",
    doc_type="implementation_report",
    agency=None,
    agency_inferred="徐州市贾汪区农业农村局",
    region="江苏省徐州市贾汪区",
    admin_level="county",
    report_year=2019,
    title=None,
    top_sections=5,
    cited=["贾政办发〔2019〕27号", "苏农办【2019】12号"],
    facts=[
        F("proactive_disclosed_items", 156, "条", "主动公开信息156条"),
        F("applications_received", 0, "件", "全年未收到政府信息公开申请"),
    ],
    notes="Never names itself: no title, no metadata, only 我局, 机构改革后, 农业农村工作 and the district directive "
    "(贾汪区 要点, 贾政办发〔2019〕27号); agency null, a reader would guess 徐州市贾汪区农业农村局 (inferred, "
    "low confidence). Cited numbers in 〔〕 and 【】. Not counts: “三明确”, “三审”, “三公”, 12345.",
)

doc(
    "ir2020_yingkou_scjg.txt",
    """
营口市市场监督管理局2020年政务公开工作要点落实情况
发布日期：2020-12-28　　来源：市市场监管局
按照《营口市人民政府办公室关于印发2020年营口市政务公开工作要点的通知》（营政办发〔2020〕15号）部署，营口市市场监督管理局（以下简称市市场监管局）紧紧围绕疫情防控、复工复产和优化营商环境，认真抓好政务公开各项任务落实。现将落实情况报告如下：
一、围绕疫情防控加强信息发布
疫情发生后，市市场监管局第一时间公开口罩、消毒用品等防疫物资价格监管政策和举报渠道，及时发布哄抬物价、囤积居奇典型案例；对进口冷链食品追溯管理、农贸市场防疫要求等群众关注事项，通过门户网站、“营口市场监管”微信公众号和新闻媒体及时发布提示信息。全年围绕疫情防控和食品安全等热点问题回应社会关切37次。
二、围绕“六稳”“六保”加强政策公开
集中公开个体工商户登记、企业开办“一网通办”、小微企业纾困帮扶等政策措施，在门户网站开设“助企纾困”专栏；对减免市场主体检验检测费用等惠企措施，公开适用范围、减免标准和申请方式，推动政策应享尽享。在市政府新闻办的统一安排下，局主要负责同志参加新闻发布会，介绍支持市场主体纾困发展的政策措施，现场回答记者提问；对政策执行中企业反映的问题，梳理形成问题清单，逐项研究解决并公开办理结果。
三、推进重点领域信息公开
（一）“双随机、一公开”监管信息。按照“谁检查、谁录入、谁公开”的原则，抽查结果在检查结束后20个工作日内通过国家企业信用信息公示系统公开。
（二）食品药品安全信息。按季度公开食品安全监督抽检结果，及时发布不合格食品核查处置情况和消费提示。（三）价格和计量信息。在重要节假日前公开重点商品价格监测情况，发布价格提醒告诫函；公开计量器具强制检定目录和检定机构名单，方便经营者依法送检。
（三）行政许可和行政处罚信息。行政许可、行政处罚决定在作出之日起7个工作日内公开，全年公开行政处罚案件信息412件。
2020年，我局通过市政府门户网站、局门户网站和政务新媒体共主动公开政府信息2130条。
四、依申请公开和监督保障
（一）依申请公开。严格落实依申请公开登记、审核、办理、答复制度，全年受理政府信息公开申请19件，已办结19件，其中予以公开11件、部分公开3件，其余为信息不存在或不属于本机关公开职责。因政府信息公开引发行政复议1件，经复议维持；未发生因政府信息公开引发的行政诉讼。
（二）监督保障。局办公室配备专职工作人员2名负责政务公开日常工作，将政务公开纳入各科室、各分局年度目标考核。全年组织政务公开业务培训3次，参训约150人次。
五、存在的问题和下一步打算
一是政策解读的形式还不够丰富，部分解读材料针对性不强；二是基层市场监管所信息公开工作基础薄弱；三是政务新媒体互动回应能力有待提升。下一步，我局将认真落实年度政务公开工作要点，加强对基层市场监管所的指导，提升政策解读和回应关切水平。
""",
    doc_type="implementation_report",
    agency="营口市市场监督管理局",
    region="辽宁省营口市",
    admin_level="city",
    report_year=2020,
    publish_date="2020-12-28",
    title="营口市市场监督管理局2020年政务公开工作要点落实情况",
    top_sections=5,
    cited=["营政办发〔2020〕15号"],
    facts=[
        F("public_opinion_responses", 37, "次", "回应社会关切37次"),
        F("proactive_disclosed_items", 2130, "条", "共主动公开政府信息2130条"),
        F("applications_received", 19, "件", "受理政府信息公开申请19件"),
        F("applications_processed", 19, "件", "已办结19件"),
        F("applications_granted", 11, "件", "予以公开11件"),
        F("applications_partially_granted", 3, "件", "部分公开3件"),
        F("admin_reconsiderations", 1, "件", "引发行政复议1件"),
        F("admin_lawsuits", 0, "件", "未发生因政府信息公开引发的行政诉讼"),
        F("disclosure_staff_fulltime", 2, "名", "配备专职工作人员2名"),
        F("training_sessions", 3, "次", "组织政务公开业务培训3次"),
        F("training_participants", 150, "人次", "参训约150人次", approx=True),
    ],
    notes="Implementation report published before the year ended (发布日期 2020-12-28); report_year 2020 from the "
    "title. 来源 abbreviated 市市场监管局. Chinese-numeral trap: “六稳”“六保”. Not counts: 20个工作日, "
    "7个工作日, 行政处罚案件信息412件 (a subset, no metric), 一网通办. Only lawsuits are zero.",
)

doc(
    "ir2021_guangdong_nongye_trad.txt",
    """
  • 索引号
  • 006940051/2022-00032
  • 发布机构
  • 广东省农业农村厅
  • 发布日期
  • 2022-01-20
  • 标题
  • 广东省农业农村厅2021年政务公开工作要点落实情况
  • 文号
广东省农业农村厅2021年政务公开工作要点落实情况
2021年，省农业农村厅深入贯彻落实《广东省人民政府办公厅关于印发2021年广东省政务公开工作要点的通知》（粤办函〔2021〕86号），紧紧围绕全面推进乡村振兴、保障粮食安全和重要农产品供给等中心工作，扎实推进政务公开各项任务落地见效。现将落实情况报告如下：
一、聚焦乡村振兴，加强政策信息公开
围绕巩固拓展脱贫攻坚成果同乡村振兴有效衔接、高标准农田建设、现代农业产业园建设等重点工作，及时公开规划方案、政策措施和资金安排。全年通过厅门户网站、“广东农业”政务新媒体等渠道主动公开政府信息5600余条，发布行政规范性文件4件，全部同步发布政策解读。对高标准农田建设、现代农业产业园等项目，按照“谁审批、谁公开”的原则，公开项目名称、建设内容、资金安排、实施主体和验收结果；对农业保险保费补贴、耕地地力保护补贴等资金，公开补贴政策、补贴标准和资金分配结果，接受社会监督。
二、聚焦群众关切，做好解读回应
对生猪稳产保供、耕地“非农化”“非粮化”整治、农村宅基地管理等社会关注问题，通过新闻发布会、在线访谈、图解等形式开展解读，全年回应社会关切62次。认真办理人大代表建议和政协提案，全年办理省人大代表建议和省政协提案286件，办理复文按规定公开。在广东农业网开设“政策解读”专栏，对涉及农民切身利益的政策，采用图解、短视频、问答等群众喜闻乐见的形式进行解读，提高政策的知晓率和到达率。
三、聚焦执法监管，推进执行和结果公开
落实行政执法公示制度，在厅门户网站公开农业综合行政执法事项清单、执法流程和行政处罚结果；按季度公开农产品质量安全例行监测结果和农资打假专项行动进展。推动全省各地级以上市农业农村部门在政府网站统一公开行政许可和行政处罚信息，做到执法信息“应公开尽公开”，自觉接受社会监督。
四、规范依申请公开和平台建设
（一）依申请公开。全年新收政府信息公开申请118件，上年结转6件，办结119件，其中予以公开46件、部分公开15件、不予公开8件，结转下年度继续办理5件。因政府信息公开被申请行政复议4件、被提起行政诉讼2件。
（二）平台建设。优化厅门户网站政府信息公开专栏，完成政务新媒体规范整合；厅办公室举办全省农业农村系统政务公开培训班1次，培训300余人次。
五、存在问题和下一步工作
一是部分政策解读形式较为单一；二是市县农业农村部门政务公开工作进展不平衡。2022年，我厅将进一步加强对市县农业农村部门的指导，推动全省农业农村系统政务公开标准化规范化。同时，我厅将进一步加强政策解读，提升解读的针对性和可读性；规范依申请公开办理，加强与申请人的沟通，提高答复质量；加强政务新媒体管理，提升信息发布和互动回应水平。对市县农业农村部门政务公开工作进行年度评估，评估结果在全省农业农村系统通报。
""",
    doc_type="implementation_report",
    agency="广东省农业农村厅",
    region="广东省",
    admin_level="province",
    report_year=2021,
    publish_date="2022-01-20",
    index_no="006940051/2022-00032",
    title="广东省农业农村厅2021年政务公开工作要点落实情况",
    top_sections=5,
    cited=["粤办函〔2021〕86号"],
    script="traditional",
    opencc="s2t",
    facts=[
        F("proactive_disclosed_items", 5600, "条", "主动公开政府信息5600余条", approx=True),
        F("normative_documents_published", 4, "件", "发布行政规范性文件4件"),
        F("public_opinion_responses", 62, "次", "回应社会关切62次"),
        F("npc_cppcc_proposals_handled", 286, "件", "办理省人大代表建议和省政协提案286件"),
        F("applications_received", 118, "件", "新收政府信息公开申请118件"),
        F("applications_carried_over", 6, "件", "上年结转6件"),
        F("applications_processed", 119, "件", "办结119件"),
        F("applications_granted", 46, "件", "予以公开46件"),
        F("applications_partially_granted", 15, "件", "部分公开15件"),
        F("applications_denied", 8, "件", "不予公开8件"),
        F("applications_carried_forward", 5, "件", "结转下年度继续办理5件"),
        F("admin_reconsiderations", 4, "件", "被申请行政复议4件"),
        F("admin_lawsuits", 2, "件", "被提起行政诉讼2件"),
        F("training_sessions", 1, "次", "政务公开培训班1次"),
        F("training_participants", 300, "人次", "培训300余人次", approx=True),
    ],
    notes="Traditional script (OpenCC s2t, with forms such as 爲/羣), no pinyin; bulleted metadata with values on "
    "the next line (文号 empty). 118 + 6 = 119 + 5. Not counts: 2022年 plan sentence, “非农化”“非粮化”.",
)

doc(
    "ir2023_mishixiang_jiedao.txt",
    """
杭州市拱墅区米市巷街道办事处2023年政务公开工作要点落实情况
发布日期：2024-01-12　　信息来源：米市巷街道
根据《杭州市拱墅区人民政府办公室关于印发2023年拱墅区政务公开工作要点的通知》（拱政办〔2023〕5号）要求，米市巷街道办事处结合街道实际，以基层政务公开标准化规范化建设为抓手，认真落实各项工作任务。现将落实情况报告如下：
一、深化基层政务公开标准化规范化
对照基层政务公开标准目录，动态更新街道政务公开事项清单，涵盖社会救助、养老服务、城市管理、退役军人服务等领域。在街道便民服务中心设置政务公开专区，配备自助查询终端，提供政策查询、办事指南查阅和依申请公开受理等服务。各社区在党群服务中心设置政务公开栏，及时公开社区工作事项、居民议事结果和惠民政策，推动政务公开向社区延伸。
二、做好重点领域信息公开
全年通过拱墅区人民政府门户网站街道信息公开专栏主动公开政府信息97条。重点公开老旧小区综合改造、加装电梯、垃圾分类和“共富工坊”建设等信息；对低保、特困供养、临时救助等救助对象，按月在社区公示栏公示，公示信息做好个人隐私保护。对城市管理领域的占道经营整治、违法建设拆除等执法事项，公开执法依据、执法程序和处理结果；对社区公共服务设施建设项目，公开建设内容、施工单位和工期安排，施工期间在现场设置公示牌，方便居民监督。
三、加强政策宣传和解读
围绕居家养老服务补贴、残疾人两项补贴、医保参保等惠民政策，组织社区工作者开展入户宣传，发放宣传折页1200份；在“米市巷发布”微信公众号推出政策问答专栏，用居民听得懂的语言解读政策。
四、规范依申请公开和公众参与
全年收到政府信息公开申请1件，已按时办结1件，予以公开1件。未发生因政府信息公开引起的行政复议、行政诉讼。在老旧小区改造方案制定过程中，通过居民议事会、线上问卷等方式征求居民意见，推动决策公开与公众参与相结合。改造方案确定后，将方案主要内容、居民意见采纳情况和施工计划在小区公示栏和线上平台同步公开，对未采纳的意见说明理由，让居民全过程参与、全过程监督。
五、加强工作保障
街道党政办负责政务公开日常工作，配备兼职工作人员2名；组织社区工作者政务公开业务培训2次，将政务公开纳入对各社区的年度考核。街道建立政务公开工作联络员制度，各社区确定专人负责公示栏更新和居民意见收集，街道党政办每季度开展一次检查，对更新不及时的社区进行提醒。同时，组织社区工作者参加区政务公开办举办的业务培训和经验交流，进一步提高基层政务公开工作人员的业务水平。
六、存在不足和下一步打算
一是社区政务公开栏内容更新不够及时；二是政策解读的形式有待丰富。下一步，街道将加强对社区政务公开工作的指导，完善公开栏更新机制，进一步提升居民对政务公开工作的满意度。扫一扫在手机上查看当前页面
""",
    doc_type="implementation_report",
    agency="杭州市拱墅区米市巷街道办事处",
    region="浙江省杭州市拱墅区米市巷街道",
    admin_level="township",
    report_year=2023,
    publish_date="2024-01-12",
    title="杭州市拱墅区米市巷街道办事处2023年政务公开工作要点落实情况",
    top_sections=6,
    cited=["拱政办〔2023〕5号"],
    facts=[
        F("proactive_disclosed_items", 97, "条", "主动公开政府信息97条"),
        F("publicity_materials_printed", 1200, "份", "发放宣传折页1200份"),
        F("applications_received", 1, "件", "收到政府信息公开申请1件"),
        F("applications_processed", 1, "件", "已按时办结1件"),
        F("applications_granted", 1, "件", "予以公开1件"),
        F("admin_reconsiderations", 0, "件", "未发生因政府信息公开引起的行政复议、行政诉讼"),
        F("admin_lawsuits", 0, "件", "未发生因政府信息公开引起的行政复议、行政诉讼"),
        F("disclosure_staff_parttime", 2, "名", "配备兼职工作人员2名"),
        F("training_sessions", 2, "次", "政务公开业务培训2次"),
    ],
    notes="Sub-district (街道) = township level. Web chrome 扫一扫在手机上查看当前页面 glued to the last sentence. "
    "Not counts: 残疾人两项补贴 (a Chinese numeral that is a name), “共富工坊”.",
)

# ---------------------------------------------------------------------------------------------------------
# Look-alikes out of scope (doc_type other). Counts that fit a vocabulary metric are still labelled.
# ---------------------------------------------------------------------------------------------------------

doc(
    "other2020_meitan_fazhi.txt",
    """
- 索引号: 009345718/2021-01573
- 发布机构: 县司法局
- 发布日期: 2021-03-26
- 标题: 湄潭县人民政府2020年法治政府建设年度报告
湄潭县人民政府2020年法治政府建设年度报告
2020年，湄潭县人民政府在县委的坚强领导下，深入学习贯彻习近平法治思想，认真落实《法治政府建设实施纲要（2015—2020年）》，统筹推进疫情防控和经济社会发展，法治政府建设各项任务全面完成。现将有关情况报告如下：
一、2020年推进法治政府建设的主要举措和成效
（一）依法全面履行政府职能。深化“放管服”改革，全面推行权责清单制度，公布县级部门权责事项清单；推进“一网通办”，县级政务服务事项网上可办率达到98%。持续优化营商环境，清理涉及市场主体的规范性文件，对不符合公平竞争要求的文件予以修改或废止。
（二）完善依法行政制度体系。严格落实行政规范性文件合法性审核机制，全年县政府及办公室制发行政规范性文件9件，全部经过合法性审核并报县人大常委会备案。开展证明事项和涉及民法典的规范性文件清理，废止文件6件、修改文件3件。
（三）推进行政决策科学化民主化法治化。严格执行重大行政决策程序，对涉及群众切身利益的重大决策事项开展公众参与、专家论证、风险评估和合法性审查，县政府常务会议审议事项全部经过合法性审查。发挥政府法律顾问作用，全年法律顾问参与审查合同和协议47件。
（四）坚持严格规范公正文明执法。全面推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度，开展行政执法案卷评查，评查案卷120卷。推进综合行政执法改革，整合执法队伍，减少执法层级。
（五）强化对行政权力的制约和监督。自觉接受人大法律监督和政协民主监督，认真办理人大代表建议和政协委员提案；全面推进政务公开，全县主动公开政府信息3412条，受理政府信息公开申请58件，按时答复率100%。
（六）依法有效化解社会矛盾纠纷。县行政复议机关全年受理行政复议案件23件，审结21件，其中维持15件、撤销或确认违法4件、终止2件。以县政府为被告的行政诉讼案件15件，行政机关负责人出庭应诉率100%。全县各级人民调解组织调解各类矛盾纠纷1,860件，调解成功率97%。
（七）提升工作人员法治思维和依法行政能力。落实县政府常务会议会前学法制度，全年会前学法4次；组织全县行政执法人员法律知识培训和考试，参考率100%。
二、存在的不足和原因
一是部分部门对法治政府建设重视不够，依法决策意识有待增强；二是基层行政执法力量不足，执法规范化水平有待提高；三是行政复议纠错和行政诉讼败诉仍有发生，个别部门依法行政能力有待提升。
三、2021年推进法治政府建设的主要安排
2021年，县政府将认真贯彻新一轮法治政府建设实施纲要，重点做好以下工作：一是深入推进依法行政，健全重大行政决策程序制度；二是全面推行行政规范性文件合法性审核机制，实现审核全覆盖；二是深化行政执法体制改革，提升执法规范化水平，力争行政执法案卷合格率达到95%以上；三是加强行政复议和行政应诉工作，力争行政机关负责人出庭应诉率保持100%；四是加强法治宣传教育，组织行政执法人员培训不少于2次。
""",
    doc_type="other",
    agency="湄潭县人民政府",
    region="贵州省遵义市湄潭县",
    admin_level="county",
    report_year=2020,
    publish_date="2021-03-26",
    index_no="009345718/2021-01573",
    title="湄潭县人民政府2020年法治政府建设年度报告",
    top_sections=3,
    facts=[
        F("proactive_disclosed_items", 3412, "条", "全县主动公开政府信息3412条"),
        F("applications_received", 58, "件", "受理政府信息公开申请58件"),
        F("normative_documents_published", 9, "件", "制发行政规范性文件9件"),
    ],
    notes="法治政府建设年度报告: out of scope (doc_type other) though it has a 政务公开 sentence, whose two counts are "
    "labelled. Traps: 行政复议案件23件 and 行政诉讼案件15件 are all administrative cases handled by the "
    "county, not disclosure cases, so no admin_reconsiderations/admin_lawsuits; 会前学法4次 is not "
    "disclosure training. The 政务公开 counts and 制发行政规范性文件9件 (this year's normative documents, "
    "as in table 2's 本年制发件数) are labelled; 废止文件6件、修改文件3件 are not. 发布机构 县司法局 is the publisher, the agency is the "
    "government. Not counts: 98%, 47件, 120卷, 1,860件, 97%, 100%, 95%, 不少于2次 (plan).",
)

doc(
    "other2019_lanxi_zhengfu_gongzuo_baogao.txt",
    """
2019年兰溪市政府工作报告
——2019年1月16日在兰溪市第九届人民代表大会第四次会议上
兰溪市人民政府
各位代表：
现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
一、2018年工作回顾
2018年是全面贯彻党的十九大精神的开局之年，也是兰溪加快转型发展的关键之年。一年来，在金华市委、市政府和兰溪市委的坚强领导下，市政府团结带领全市人民，坚持稳中求进工作总基调，统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作，经济社会保持平稳健康发展。
全年实现地区生产总值412.6亿元，增长7.1%；一般公共预算收入36.8亿元，增长12.4%；城乡居民人均可支配收入分别达到51,260元和26,870元，分别增长8.3%和9.1%。
（一）产业转型迈出新步伐。实施传统产业改造提升行动，纺织、化工、建材等行业完成技术改造项目86个；新引进亿元以上产业项目23个，其中10亿元以上项目4个。
（二）城乡面貌展现新变化。推进“三改一拆”，完成旧城改造42万平方米；新建和改造农村公路126公里，创建美丽乡村精品村12个。
（三）改革开放取得新突破。深化“最多跑一次”改革，群众和企业到政府办事“最多跑一次”实现率达到95%以上；推进政务公开和政务服务标准化，政府门户网站和政务新媒体运行更加规范。
（四）民生福祉得到新提升。民生支出占一般公共预算支出的比重达到76%，新增城镇就业8,320人，新建公办幼儿园5所，完成城乡居民养老保险参保扩面，困难群众救助标准稳步提高。
二、2019年工作总体要求和主要目标
2019年是新中国成立70周年，是决胜全面建成小康社会的关键之年。今年政府工作的主要预期目标是：地区生产总值增长7%左右；一般公共预算收入增长7%；城乡居民人均可支配收入分别增长8%和9%；新增城镇就业6,000人以上；节能减排完成金华市下达的任务。
三、2019年重点工作
（一）聚焦产业升级，加快构建现代产业体系。力争全年引进亿元以上产业项目20个以上，完成工业投资110亿元。
（二）聚焦城乡融合，加快推进乡村振兴。新建和改造农村公路100公里以上，创建美丽乡村精品村10个。
（三）聚焦改革攻坚，持续优化营商环境。深化“最多跑一次”改革，推动更多事项“一网通办”；持续推进政务公开，提高政策透明度。
（四）聚焦民生改善，不断增强群众获得感。新建公办幼儿园3所，实施十件民生实事。
（五）聚焦生态优先，持续改善环境质量。深入打好蓝天、碧水、净土保卫战，巩固提升“五水共治”成果，推进垃圾分类和资源化利用，守护好兰江一江清水。
四、加强政府自身建设
坚持依法行政，自觉接受市人大及其常委会的法律监督和工作监督，主动接受市政协的民主监督，认真办理人大代表建议和政协委员提案；全面推进政务公开，让权力在阳光下运行。坚持科学民主决策，涉及群众切身利益的重大事项广泛听取意见，自觉运用法治思维和法治方式推动工作。坚持从严治政，驰而不息纠治“四风”，严控“三公”经费，建设人民满意的法治政府、廉洁政府和服务型政府。
各位代表，新的一年，让我们在市委的坚强领导下，凝心聚力，真抓实干，奋力谱写兰溪高质量发展的新篇章！
""",
    doc_type="other",
    agency="兰溪市人民政府",
    region="浙江省金华市兰溪市",
    admin_level="county",
    report_year=2019,
    title="2019年兰溪市政府工作报告",
    top_sections=4,
    facts=[],
    notes="政府工作报告 of a county-level city: out of scope. report_year follows the title year (2019); it reviews "
    "2018 and sets 2019 targets. It mentions 政务公开 and 人大代表建议和政协委员提案 without a count, so no "
    "facts. Not counts (all GDP, income, project, road and target figures): 412.6亿元, 7.1%, 86个, 23个, "
    "42万平方米, 126公里, 95%, 8,320人, 6,000人以上, 20个以上, 100公里以上, 十件民生实事, “四风”, 70周年.",
)

doc(
    "other2018_lijiang_dangan_juesuan.txt",
    """
  • 索引号
  • 01525612-7/2019-00047
  • 发布机构
  • 市档案局
  • 发布日期
  • 2019-09-06
  • 标题
  • 丽江市档案局2018年度部门决算
丽江市档案局2018年度部门决算
一、部门基本情况
丽江市档案局（市档案馆）为市委工作机关和市人民政府直属事业单位合署办公，主要负责全市档案事业的统筹规划、组织协调和监督指导，负责市级各类档案的接收、征集、保管和开发利用。内设办公室、业务指导科、档案接收征集科、保管利用科和信息技术科。2018年，本部门围绕档案资源建设、档案安全体系建设和档案信息化建设，完成了市级机关档案接收进馆、馆藏档案数字化加工和档案库房安全改造等重点工作。本部门决算包括部门基本情况、收入支出决算说明、财政拨款支出说明和其他重要事项说明等内容。本部门决算为单位决算，纳入决算编制范围的预算单位1个。年末在职人员编制18人，实有在职人员17人，离退休人员9人。
二、收入支出决算总体情况说明
2018年度收入总计486.35万元，支出总计486.35万元。与上年相比，收、支总计各增加42.18万元，增长9.5%，主要原因是档案数字化加工项目经费增加。其中，收入总计包括本年收入合计和年初结转和结余，支出总计包括本年支出合计和年末结转和结余。
三、收入决算情况说明
本年收入合计471.20万元，其中：财政拨款收入471.20万元，占本年收入的100%；事业收入0万元；其他收入0万元。年初结转和结余15.15万元。
四、支出决算情况说明
本年支出合计478.62万元，其中：基本支出312.47万元，占本年支出的65.3%；项目支出166.15万元，占本年支出的34.7%。年末结转和结余7.73万元。
五、财政拨款支出决算情况说明
2018年度财政拨款支出478.62万元，主要用于以下方面：一般公共服务支出439.08万元，主要用于档案馆日常运行、档案数字化加工和档案安全保管；社会保障和就业支出26.31万元；卫生健康支出13.23万元。
六、“三公”经费财政拨款支出决算情况说明
2018年度“三公”经费财政拨款支出决算为6.42万元，完成预算的80.3%。其中：因公出国（境）费支出0万元；公务用车购置及运行维护费支出4.86万元，年末公务用车保有量1辆；公务接待费支出1.56万元，全年国内公务接待12批次、86人次，主要用于上级部门档案工作检查指导和兄弟地市档案部门考察交流。
七、机关运行经费支出情况说明
2018年度本部门机关运行经费支出38.94万元，比上年减少2.36万元，下降5.7%，主要原因是严格执行厉行节约有关规定，压减办公费和差旅费支出。机关运行经费主要包括办公费、印刷费、邮电费、差旅费、会议费、培训费、公务接待费、公务用车运行维护费以及其他费用。
八、政府采购支出情况说明
2018年度政府采购支出总额58.40万元，其中：政府采购货物支出12.60万元、政府采购服务支出45.80万元；授予中小企业合同金额58.40万元，占政府采购支出总额的100%。
九、国有资产占用情况说明
截至2018年12月31日，本部门共有车辆1辆，其中一般公务用车1辆；单价50万元以上通用设备0台（套）；档案密集架等专用设备4套。
十、预算绩效管理情况说明
根据预算绩效管理要求，本部门对2018年度档案数字化加工项目开展绩效自评，项目资金120.00万元，完成纸质档案数字化扫描约86万页，自评结果为“优”。本部门决算公开的相关名词解释及决算报表详见附件。
""",
    doc_type="other",
    agency="丽江市档案局",
    region="云南省丽江市",
    admin_level="city",
    report_year=2018,
    publish_date="2019-09-06",
    index_no="01525612-7/2019-00047",
    title="丽江市档案局2018年度部门决算",
    top_sections=10,
    facts=[],
    notes="部门决算: out of scope. Bulleted metadata with values on the next line; 发布机构 abbreviated (市档案局). "
    "Every figure is money (万元), staff establishment (编制18人, 实有17人 — not disclosure staff), "
    "vehicles or pages; 公务接待…86人次 is not training participants. No facts.",
)

doc(
    "other2019_shandong_jianzhu_daxue.txt",
    """
山东建筑大学2019年度信息公开工作报告
发布时间：2020-01-15　　来源：党政办公室
根据《高等学校信息公开办法》和《教育部关于公布〈高等学校信息公开事项清单〉的通知》（教办函〔2014〕23号）要求，现将山东建筑大学2019年度信息公开工作情况报告如下。本报告所列数据统计期限为2019年1月1日至2019年12月31日。
一、概述
2019年，学校坚持以公开促管理、以公开促发展，把信息公开作为推进依法治校、建设现代大学制度的重要举措，按照信息公开事项清单要求，扎实做好各类信息公开工作。学校信息公开工作领导小组由校长任组长，分管校领导任副组长，党政办公室、教务处、招生就业处、财务处等部门负责人为成员；党政办公室为信息公开工作机构，各部门明确信息公开联络员，形成了学校统一领导、党政办公室统筹协调、各部门分工负责的工作格局。学校修订了《山东建筑大学信息公开实施办法》，明确各类信息的公开主体、公开时限和审核程序，实行信息发布“部门初审、党政办公室复核、分管校领导审签”制度，确保公开信息准确、安全。
二、主动公开情况
（一）公开内容。全年通过学校门户网站信息公开专栏、校报、宣传栏和官方微信等渠道主动公开各类信息1236条，涵盖学校基本信息、招生考试、财务资产、人事师资、教学质量、学生管理、学风建设、学位学科、对外交流与合作等信息公开事项清单所列10大类50项内容。
（二）重点信息公开。一是招生考试信息，及时公开本科招生章程、分省分专业招生计划和录取结果，公开研究生招生简章、复试办法和拟录取名单；二是财务信息，公开学校年度预决算、收费项目及标准；三是人事信息，公开岗位设置方案、公开招聘信息和职称评审结果；四是教学质量信息，发布《2018—2019学年本科教学质量报告》和《2019届毕业生就业质量年度报告》。（三）公开渠道建设。学校对门户网站信息公开专栏进行改版，按照信息公开事项清单设置栏目，方便师生和社会公众查询；在校内宣传栏、校报和官方微信同步发布重要信息，形成多渠道、立体化的信息公开格局。对涉及师生切身利益的重要事项，在决策前通过教职工代表大会、学生代表大会和校内网站征求意见。
三、依申请公开情况
2019年，学校收到信息公开申请6件，6件均已按期答复，其中予以公开4件，因不属于学校信息公开范围告知申请人2件。申请内容主要涉及招生录取和职称评审。
四、收费及减免情况
学校在办理信息公开申请过程中未收取任何费用。
五、因学校信息公开工作受到举报、复议、诉讼的情况
2019年，学校未发生因信息公开工作引起的举报、行政复议和行政诉讼。
六、存在的主要问题及改进措施
一是部分部门对信息公开工作的重要性认识不足，信息更新不够及时；二是信息公开的形式有待丰富。2020年，学校将进一步完善信息公开工作制度，加强对各部门的督促检查，提升信息公开的及时性和规范性。同时，学校将加强信息公开工作人员的业务培训，完善信息公开考核评价机制，把信息公开工作情况纳入各部门年度考核，推动信息公开工作常态化、规范化。
七、其他需要报告的事项
无。
""",
    doc_type="other",
    agency="山东建筑大学",
    region="山东省济南市",
    admin_level=None,
    report_year=2019,
    publish_date="2020-01-15",
    title="山东建筑大学2019年度信息公开工作报告",
    top_sections=7,
    cited=["教办函〔2014〕23号"],
    facts=[
        F("proactive_disclosed_items", 1236, "条", "主动公开各类信息1236条"),
        F("applications_received", 6, "件", "收到信息公开申请6件"),
        F("applications_processed", 6, "件", "6件均已按期答复"),
        F("applications_granted", 4, "件", "予以公开4件"),
        F("fees_charged", 0, "元", "未收取任何费用"),
        F("admin_reconsiderations", 0, "件", "未发生因信息公开工作引起的举报、行政复议和行政诉讼"),
        F("admin_lawsuits", 0, "件", "未发生因信息公开工作引起的举报、行政复议和行政诉讼"),
    ],
    notes="高校信息公开年度报告 under the 高等学校信息公开办法: out of scope (doc_type other), not a government body, "
    "so admin_level null. Written for a calendar-year period (2019) to keep report_year unambiguous; the "
    "2018—2019学年 in a cited report title is not the report year. Counts that fit the vocabulary are "
    "labelled. Not counts: 10大类50项, 告知申请人2件, 〔2014〕23号.",
)

doc(
    "other2020_hefei_gongshui_qiye_nianbao.txt",
    """
合肥供水集团有限公司2020年度报告
发布日期：2021-06-10　　来源：合肥供水集团有限公司
本公司依据《企业信息公示暂行条例》通过国家企业信用信息公示系统报送并公示2020年度报告，同时在公司官方网站向社会公开。公司对年度报告内容的真实性、及时性负责。
一、企业基本信息
企业名称：合肥供水集团有限公司。企业类型：有限责任公司（国有独资）。企业通信地址：安徽省合肥市。企业经营状态：存续（在营、开业、在册）。营业期限：长期。登记机关：合肥市市场监督管理局。从业人数：1,856人，其中女性从业人员412人。企业控股情况：国有控股。主营业务：城市公共供水、供水设施建设与运营、供水工程设计与安装、水质检测等。
二、网站或网店信息
公司设有官方网站和“合肥供水”微信公众号，提供停水公告、水费查询、业务办理、水质公告等服务。
三、股东及出资信息
公司股东为合肥市建设投资控股（集团）有限公司，认缴出资额和实缴出资额均已按章程足额缴纳，出资方式为货币。报告期内公司股权未发生变更，未发生股权质押、股权冻结等情形。
四、对外投资信息
公司全资或控股投资设立供水工程、水质检测、管网运维等子公司，对外投资情况已按规定报送。
五、资产状况信息
2020年末，公司资产总额186.42亿元，所有者权益合计78.15亿元；全年营业总收入21.36亿元，其中主营业务收入19.87亿元；利润总额1.24亿元，净利润0.93亿元；纳税总额1.58亿元；负债总额108.27亿元。
六、社保信息
城镇职工基本养老保险参保1,803人，失业保险参保1,803人，职工基本医疗保险参保1,856人，工伤保险参保1,856人，生育保险参保1,856人。单位缴费基数和实际缴费金额均已按规定申报。
七、年度经营和服务情况
2020年，公司克服新冠肺炎疫情影响，全力保障城市供水安全。全年供水总量5.12亿立方米，日最高供水量162万立方米；新建和改造供水管网286公里，完成老旧小区二次供水改造项目41个；供水水质综合合格率保持100%。全年受理客户服务热线来电21.6万个，办结率100%；推行用水报装“零跑腿”，报装平均办理时间压缩至3个工作日。
公司坚持依法经营，主动接受社会监督，按季度在官网公开出厂水、管网水水质检测结果，及时发布计划停水和抢修信息。公司设立客户服务中心，公开服务承诺、收费标准和投诉渠道，对用户反映的水质、水压、抄表计费等问题实行首问负责制，限时办结并回访；在营业网点和官网公开用水报装流程、所需材料和办理时限，接受用户和社会监督。疫情期间对受影响的中小微企业实行“欠费不停供”，累计为企业缓缴水费2,380万元。
公司持续推进智慧水务建设，完成供水管网地理信息系统升级和智能水表推广应用，建成供水调度指挥中心，实现对水厂、泵站和管网运行状态的实时监测。加强水源保护和水质管理，建立从水源地到用户龙头的全过程水质监测体系，定期向社会公开水质检测结果，保障市民饮水安全。公司还积极履行社会责任，开展“水务开放日”活动，邀请市民代表参观水厂，普及节水和供水安全知识。
八、其他需要说明的事项
本年度公司未受到行政处罚，未被列入经营异常名录和严重违法失信企业名单。
""",
    doc_type="other",
    agency="合肥供水集团有限公司",
    region="安徽省合肥市",
    admin_level=None,
    report_year=2020,
    publish_date="2021-06-10",
    title="合肥供水集团有限公司2020年度报告",
    top_sections=8,
    facts=[],
    notes="企业年度报告 (a state-owned company's annual report under the 企业信息公示暂行条例): out of scope and "
    "not a government body (admin_level null). It 公开/公示 many figures but none is a disclosure count: "
    "1,856人 are employees, 21.6万个 are hotline calls, 2,380万元 is deferred water fees; no facts.",
)


def main() -> None:
    names = [d["file"] for d in DOCS]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        sys.exit(f"duplicate file names: {sorted(dupes)}")
    CORPUS.mkdir(parents=True, exist_ok=True)
    for old in CORPUS.iterdir():  # the corpus folder holds only what this script writes
        if old.is_file() and old.name not in names:
            old.unlink()
    whole = hashlib.sha256()
    lines = []
    for d in DOCS:
        data = render(d).encode("utf-8")
        (CORPUS / d["file"]).write_bytes(data)
        digest = hashlib.sha256(data).hexdigest()
        whole.update(d["file"].encode() + b"\0" + data)
        print(f"{digest[:16]}  {len(data):6d}  {d['file']}")
        lines.append(json.dumps(d["gold"], ensure_ascii=False))
    GOLD.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(DOCS)} documents written to {CORPUS}; labels in {GOLD}")
    print(f"corpus digest: {whole.hexdigest()}")


if __name__ == "__main__":
    main()
