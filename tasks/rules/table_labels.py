"""Row and column keys of the standard report tables (国办公开办函〔2019〕60号 and 〔2021〕30号).

`table_cells.row_key` / `col_key` use these names; the Chinese labels are the official ones, which real
copies spell with drift (quotes, 、 vs ，, 合计 vs 总计, 其他 vs 其他组织) that the parser tolerates.
"""

TABLE3_COLUMNS = (
    ("natural_person", "自然人"),
    ("commercial", "商业企业"),
    ("research", "科研机构"),
    ("social_welfare", "社会公益组织"),
    ("legal_services", "法律服务机构"),
    ("other_org", "其他"),
    ("total", "总计"),
)
# Some agencies' own forms have one column for every 法人或其他组织 instead of the standard five: its key, and
# the columns of a table 3 in that layout.
COMBINED_ORG_COLUMN = "legal_person_or_org"
TABLE3_COMBINED_COLUMNS = (("natural_person", "自然人"), (COMBINED_ORG_COLUMN, "法人或其他组织"), ("total", "总计"))

_TABLE3_HEAD = (
    ("new_received", "一、本年新收政府信息公开申请数量"),
    ("carried_over", "二、上年结转政府信息公开申请数量"),
    ("granted", "（一）予以公开"),
    ("partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("denied_state_secret", "1.属于国家秘密"),
    ("denied_prohibited_by_law", "2.其他法律行政法规禁止公开"),
    ("denied_three_safeties", "3.危及“三安全一稳定”"),
    ("denied_third_party", "4.保护第三方合法权益"),
    ("denied_internal_affairs", "5.属于三类内部事务信息"),
    ("denied_process_info", "6.属于四类过程性信息"),
    ("denied_enforcement_file", "7.属于行政执法案卷"),
    ("denied_administrative_query", "8.属于行政查询事项"),
    ("unable_not_held", "1.本机关不掌握相关政府信息"),
    ("unable_need_creation", "2.没有现成信息需要另行制作"),
    ("unable_unclear", "3.补正后申请内容仍不明确"),
    ("not_processed_complaint", "1.信访举报投诉类申请"),
    ("not_processed_repeat", "2.重复申请"),
    ("not_processed_publication", "3.要求提供公开出版物"),
    ("not_processed_mass_repeat", "4.无正当理由大量反复申请"),
    ("not_processed_confirmation", "5.要求行政机关确认或重新出具已获取信息"),
)
_TABLE3_TAIL = (
    ("total_processed", "（七）总计"),
    ("carried_forward", "四、结转下年度继续办理"),
)
TABLE3_ROWS_2021 = (
    _TABLE3_HEAD
    + (
        ("other_no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        ("other_no_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        ("other_other", "3.其他"),
    )
    + _TABLE3_TAIL
)
TABLE3_ROWS_2019 = _TABLE3_HEAD + (("other_processing", "（六）其他处理"),) + _TABLE3_TAIL

TABLE4_ROWS = (
    ("review", "行政复议"),
    ("litigation_direct", "行政诉讼 未经复议直接起诉"),
    ("litigation_after_review", "行政诉讼 复议后起诉"),
)
TABLE4_COLUMNS = (
    ("maintained", "结果维持"),
    ("corrected", "结果纠正"),
    ("other", "其他结果"),
    ("pending", "尚未审结"),
    ("total", "总计"),
)

# Table 2, 2021 format: (row, column) pairs that exist — 10 numeric cells.
TABLE2_2021_ROWS = (
    ("regulations", "规章"),
    ("normative_documents", "行政规范性文件"),
    ("licensing", "行政许可"),
    ("punishment", "行政处罚"),
    ("enforcement", "行政强制"),
    ("fees", "行政事业性收费"),
)
TABLE2_2021_COLUMNS = (
    ("issued", "本年制发件数"),
    ("repealed", "本年废止件数"),
    ("in_force", "现行有效件数"),
    ("decisions", "本年处理决定数量"),
    ("amount_10k_yuan", "本年收费金额（单位：万元）"),
)
TABLE2_2021_CELLS = (
    ("regulations", "issued"),
    ("regulations", "repealed"),
    ("regulations", "in_force"),
    ("normative_documents", "issued"),
    ("normative_documents", "repealed"),
    ("normative_documents", "in_force"),
    ("licensing", "decisions"),
    ("punishment", "decisions"),
    ("enforcement", "decisions"),
    ("fees", "amount_10k_yuan"),
)

# Table 2, 2019 format: a different measure; never mapped onto the 2021 table.
TABLE2_2019_ROWS = (
    ("regulations", "规章"),
    ("normative_documents", "规范性文件"),
    ("licensing", "行政许可"),
    ("other_management", "其他对外管理服务事项"),
    ("punishment", "行政处罚"),
    ("enforcement", "行政强制"),
    ("fees", "行政事业性收费"),
    ("procurement", "政府集中采购"),
)
TABLE2_2019_COLUMNS = (
    ("new_made", "本年新制作数量"),
    ("new_published", "本年新公开数量"),
    ("total_published", "对外公开总数量"),
    ("previous_year_items", "上一年项目数量"),
    ("change", "本年增/减"),
    ("decisions", "处理决定数量"),
    ("procurement_items", "采购项目数量"),
    ("procurement_amount", "采购总金额"),
)
TABLE2_2019_CELLS = (
    ("regulations", "new_made"),
    ("regulations", "new_published"),
    ("regulations", "total_published"),
    ("normative_documents", "new_made"),
    ("normative_documents", "new_published"),
    ("normative_documents", "total_published"),
    ("licensing", "previous_year_items"),
    ("licensing", "change"),
    ("licensing", "decisions"),
    ("other_management", "previous_year_items"),
    ("other_management", "change"),
    ("other_management", "decisions"),
    ("punishment", "previous_year_items"),
    ("punishment", "change"),
    ("punishment", "decisions"),
    ("enforcement", "previous_year_items"),
    ("enforcement", "change"),
    ("enforcement", "decisions"),
    ("fees", "previous_year_items"),
    ("fees", "change"),
    ("procurement", "procurement_items"),
    ("procurement", "procurement_amount"),
)
SIGNED_COLUMNS = frozenset({"change"})  # 本年增/减: "+12", "-8"
