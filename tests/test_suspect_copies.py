"""Copied reports and mirrors on a fixture corpus, through the real chain, Parquet and marts file: a report
republished the next year with only its year changed, a work summary two agencies wrote from one template, and a
mirror of one report (a crawler's header, one character changed) — and a corpus of distinct reports, which must
yield no pair at all."""

import duckdb
import numpy as np
from datasketch import MinHash
from test_report_tables import standard_report

from gongkai.tasks.document.signature import HASH, shingles, text_minhash, text_minhashes
from gongkai.tasks.rules.copies import MIN_SHINGLES, NUM_PERM

from test_warehouse import build

# Own invented texts in the style of the genre: a template two county bureaus both filled in, and two reports
# written independently.
TEMPLATE_SUMMARY = """{agency}关于{year}年政务公开工作情况的总结
今年以来，我局坚持以公开为常态、不公开为例外，把政务公开融入业务工作全过程。
一、健全工作机制
调整充实政务公开工作领导小组，由主要负责同志任组长，各股室负责人为成员。
制定年度政务公开工作任务分解表，逐项明确责任股室和完成时限。
建立信息发布前保密审查和合法性审查制度，做到先审查、后公开。
二、突出重点领域公开
及时公开财政预决算和“三公”经费，按规定细化到项级科目。
围绕重大项目建设，公开批准、实施和竣工验收等环节的信息。
对群众关心的补贴发放情况，按季度在门户网站专栏集中公布。
三、加强政策解读和回应
坚持文件与解读材料同步起草、同步审签、同步发布。
对网民留言做到当日受理、限时答复，答复内容在网上公开。
主要负责同志带头解读重要政策，全年参与在线访谈两次。
针对社会关注的农资价格问题，及时发布权威信息，澄清不实传言。
四、规范依申请公开
统一申请受理、登记、审核、答复的流程和文书格式。
对疑难申请组织法律顾问会商，确保答复合法规范。
答复文书全部载明救济途径和期限，做到告知到位。
五、强化平台建设
对门户网站信息公开专栏进行改版，增设政策文件库。
推动政务新媒体与门户网站信息同步更新，扩大公开覆盖面。
六、存在的不足
个别股室对公开工作重视不够，信息报送不够及时。
部分栏目内容更新较慢，信息的完整性和准确性有待提高。
七、下一步打算
进一步加强业务培训，提高工作人员的公开意识和业务能力。
持续完善网站栏目设置，推动政务公开工作再上新台阶。
"""

RIVER_REPORT = """{agency}{year}年度政府信息公开工作报告
本年度，我局以河湖长制工作为抓手，推动水利信息向社会全面公开。
一、主动公开情况
全年主动公开政府信息312条，其中防汛抗旱信息97条，水资源公报及取水许可信息41条。
汛期每日发布主要河道水情，重要雨情过程实行滚动发布。
全面公开河湖长名单及责任河段，在河湖显著位置设立公示牌。
水利工程建设项目的招标公告和中标结果全部在网站公示。
农村饮水安全工程的水质检测结果每季度向社会公布一次。
重点水源地保护区划定方案在征求意见阶段即向社会公开。
二、依申请公开情况
全年共受理政府信息公开申请18件，均在法定期限内答复。
申请内容主要集中在河道采砂许可和水土保持方案审批。
其中予以公开11件，部分公开3件，因信息不存在无法提供4件。
所有答复均通过申请人选择的方式送达，未发生逾期答复。
三、政府信息公开的收费及减免情况
本年度未收取任何费用。
四、因政府信息公开申请提起行政复议、行政诉讼情况
本年度未发生因信息公开引起的行政复议和行政诉讼。
五、存在的主要问题及改进措施
基层站所的信息报送质量不高，个别数据口径不一致。
下一步将统一数据报送格式，建立水利信息共享台账。
"""

MARKET_REPORT = """{agency}{year}年政府信息公开工作年度报告
根据条例要求，结合本局实际，编制本报告，所列数据统计期限为当年全年。
一、总体情况
本局把食品安全抽检结果、行政处罚决定作为公开的重点内容。
全年公开食品安全监督抽检信息26期，涉及样品1580批次。
公开行政处罚决定书73份，均在作出决定之日起七个工作日内上网。
二、依申请公开情况
全年共收到政府信息公开申请9件，其中当面申请2件，网上申请7件。
三、宣传培训
组织全系统信息公开业务培训2次，参训人员140人次。
四、存在问题
部分处罚信息公开后未按期撤下，个人信息保护需要加强。
五、改进措施
完善处罚信息公开期限管理，定期清理到期信息。
明确专人负责网站信息审核，杜绝泄露个人隐私。
"""

COPIED_FROM = standard_report("庆阳市水务局", 2021, 46, 3, 30, 6, 5, 4, (2, 1, 0, 0))
COPIED_TO = COPIED_FROM.replace("2021", "2022")  # republished the next year: only the year changed

DISTINCT = {
    "a/hydro-2021.txt": RIVER_REPORT.format(agency="张掖市水务局", year=2021),
    "a/market-2021.txt": MARKET_REPORT.format(agency="临夏州市场监督管理局", year=2021),
    "b/summary-2022.txt": TEMPLATE_SUMMARY.format(agency="永登县农业农村局", year=2022),
    "c/tables-2021.txt": standard_report("平凉市交通运输局", 2021, 12, 0, 7, 2, 1, 2, (1, 0, 0, 0)),
    "c/tables-2022.txt": standard_report("平凉市交通运输局", 2022, 19, 2, 11, 3, 3, 1, (0, 0, 0, 0)),
    "c/tables-2023.txt": standard_report("定西市人力资源和社会保障局", 2023, 64, 5, 40, 9, 6, 7, (3, 1, 0, 1)),
}
COPIES = {
    "d/qingyang-2021.txt": COPIED_FROM,
    "d/qingyang-2022.txt": COPIED_TO,
    "e/gaolan-summary-2022.txt": TEMPLATE_SUMMARY.format(agency="皋兰县农业农村局", year=2022),
}
MIRROR = {
    # the same report as a/hydro-2021.txt, saved by another crawler: a header line and one character changed
    "z/mirror/hydro-2021.txt": "来源：张掖市人民政府门户网站 发布时间：2022-01-20 浏览次数：318\n"
    + RIVER_REPORT.format(agency="张掖市水务局", year=2021).replace("滚动发布", "滚动播发"),
}


def marts(tmp_path, files):
    out = tmp_path / "marts.duckdb"
    build(tmp_path, files, marts_file=out)
    return duckdb.connect(str(out), read_only=True)


def pairs(con) -> set[tuple[str, str, str]]:
    return set(
        con.execute(
            "select kind, split_part(source_path_a, '/', -1), split_part(source_path_b, '/', -1) from mart_suspect_copies"
        ).fetchall()
    )


def test_a_corpus_without_copies_yields_no_pair(tmp_path):
    with marts(tmp_path, DISTINCT) as con:
        assert pairs(con) == set()
        assert con.execute("select count(*) from documents where near_duplicate_of is not null").fetchone() == (0,)


def test_a_report_copied_to_the_next_year_and_a_shared_template_are_the_pairs_found(tmp_path):
    with marts(tmp_path, DISTINCT | COPIES | MIRROR) as con:
        assert pairs(con) == {
            ("same_tables", "qingyang-2021.txt", "qingyang-2022.txt"),
            ("near_duplicate_text", "qingyang-2021.txt", "qingyang-2022.txt"),
            ("near_duplicate_text", "summary-2022.txt", "gaolan-summary-2022.txt"),
        }
        same_tables = con.execute(
            "select similarity, figures_compared, figures_equal from mart_suspect_copies where kind = 'same_tables'"
        ).fetchone()
        assert same_tables[0] == 1.0 and same_tables[1] == same_tables[2] >= 10
        # The copy stays a document of its own, in the marts for its year.
        years = con.execute(
            "select report_year, documents from mart_agency_year where agency = '庆阳市水务局' order by 1"
        ).fetchall()
        assert years == [(2021, 1), (2022, 1)]


def test_a_mirror_is_one_document_in_the_ledger_and_counted_once(tmp_path):
    with marts(tmp_path, DISTINCT | MIRROR) as con:
        mirrored = con.execute(
            "select s.source_path, s.near_duplicate_of = o.doc_id from sources s "
            "join documents o on o.source_path = 'a/hydro-2021.txt' where s.near_duplicate_of is not null"
        ).fetchall()
        assert mirrored == [("z/mirror/hydro-2021.txt", True)]
        assert con.execute(
            "select documents, proactive_disclosed_items from mart_agency_year where agency = '张掖市水务局'"
        ).fetchall() == [(1, 312)]
        # 2021: the report (its mirror left out), the market report and the tables of 平凉
        assert con.execute("select documents from mart_year where report_year = 2021").fetchone() == (3,)
        assert pairs(con) == set()


def test_shingles_ignore_years_and_short_headings():
    text = RIVER_REPORT.format(agency="张掖市水务局", year=2021)
    assert shingles(text) == shingles(text.replace("2021", "2024"))
    assert "一、主动公开情况".encode() in shingles(text)
    assert not any(len(piece.decode()) < 4 for piece in shingles(text))


def test_a_text_too_short_to_compare_has_no_signature():
    assert text_minhash("关于开展政务公开培训的通知\n各股室：\n定于周五下午集中学习。\n") is None
    signature = text_minhash(TEMPLATE_SUMMARY.format(agency="皋兰县农业农村局", year=2022))
    assert signature is not None and signature.dtype == np.uint32 and len(shingles(TEMPLATE_SUMMARY)) >= MIN_SHINGLES


def test_the_batch_signatures_are_datasketchs_minhash_text_for_text():
    texts = [
        RIVER_REPORT.format(agency="张掖市水务局", year=2021),
        "太短的通知。",
        MARKET_REPORT.format(agency="临夏州市场监督管理局", year=2021),
        COPIED_FROM,
        TEMPLATE_SUMMARY.format(agency="永登县农业农村局", year=2022),
    ]
    signatures = text_minhashes(texts)
    assert signatures[1] is None
    for text, signature in zip(texts, signatures):
        if signature is None:
            continue
        reference = MinHash(num_perm=NUM_PERM, hashfunc=HASH, scheme="affine32")
        reference.update_batch(shingles(text))
        assert np.array_equal(signature, reference.hashvalues)
