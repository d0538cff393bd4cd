"""The standard outline's sections and the words that name them in a top-level heading, as data.

Order matters: the first section whose word a heading contains is its role (其他事项 before 问题, …). The
names are the data contract's `sections.canonical` vocabulary.
"""

SECTION_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("other_matters", ("其他需要报告", "其他事项")),
    ("problems", ("问题", "不足", "改进")),
    ("plans", ("计划", "打算", "下一步", "工作安排", "努力方向", "工作思路")),
    ("review_litigation", ("复议", "诉讼")),
    ("fees", ("收费", "减免")),
    ("on_request", ("依申请", "申请公开", "收到和处理")),
    ("proactive", ("主动公开",)),
    ("staffing", ("机构", "人员", "经费", "队伍")),
    ("overview", ("概述", "总体情况", "基本情况", "工作情况", "开展情况", "总体", "组织领导", "组织保障")),
)
SECTION_NAMES = tuple(name for name, _ in SECTION_WORDS)
