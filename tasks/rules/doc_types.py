"""How a document says what kind it is, as data: the cues of each doc_type in a title or an opening
sentence (patterns; `gongkai.tasks.document.fields.classify` decides in which order they are asked)."""

# Words a title line has (报告, 方案, …): a first line without any is not taken for the title.
TITLE_WORDS = ("报告", "总结", "方案", "要点", "通知", "意见", "情况", "计划", "分工", "公告", "决定", "办法")
# Look-alikes that are not disclosure documents: other statutory reports, budgets, companies' and schools' reports.
NOT_DISCLOSURE = (
    "法治政府建设",
    "政府工作报告",
    "(?:部门)?预算",
    "(?:部门)?决算",
    "企业(?:信息公示)?年度报告",
    "(?:大学|学院|学校|高校|医院|公司|集团)[^。\n]{0,30}(?:信息公开|年度)[^。\n]{0,10}报告",
)
ANNUAL_REPORT = (
    "信息公开(?:工作)?年度(?:工作)?报告",
    "信息公开工作年报",
    "年度报告",
    r"(?:19|20)\d{2}\s*年度?(?:本级)?政府(?:\(机关\)|（机关）)?信息公开(?:工作)?(?:情况)?报告",
)
IMPLEMENTATION_REPORT = (
    "自评(?:结果|情况|报告)",
    "要点[^。\n]{0,6}落实情况",
    "落实情况[^。\n]{0,4}(?:报告|汇报)",
    "工作要点[^。\n]{0,10}(?:完成|贯彻)情况",
)
WORK_PLAN = ("工作要点", "工作方案", "实施方案", "任务分工", "分工方案", "工作计划", "任务清单")
WORK_SUMMARY = (
    "工作总结",
    "工作情况(?:报告|汇报)",
    "工作开展情况",
    "工作报告",
    "自查报告",
    "总结",
    "经验做法",
    "好做法",
)
# A title ending in one of these genres is an ordinary document, not a disclosure document.
OTHER_GENRES = (
    "通报",
    "公示",
    "公告",
    "通告",
    "预告",
    "批复",
    "复函",
    "反馈函",
    "函",
    "说明",
    "决定",
    "命令",
    "纪要",
    "名单",
    "指标",
    "公开",
    "启动",
    "制度",
    "办法",
    "规定",
    "细则",
    "格式",
)
# What makes a summary or a plan one about disclosure work (patterns).
DISCLOSURE_TOPIC = (
    "贯彻(?:落实)?《?条例",
    "政务公开",
    "信息公开",
    "政府信息",
    "政务信息",
    "公开工作",
    "政府网站",
    "政务新媒体",
    "公开条例",
)
