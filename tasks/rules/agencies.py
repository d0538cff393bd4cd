"""What agency names are made of, as data: place suffixes, the kinds of body, central bodies, institutions
and zones. `gongkai.tasks.document.fields` (finding the issuer) and `gongkai.tasks.document.regions` (placing
it) compile their patterns from these tuples.
"""

# A name begins with a place ending in one of these.
PLACE_SUFFIXES = (
    "省",
    "自治区",
    "市",
    "自治州",
    "州",
    "盟",
    "地区",
    "县",
    "自治县",
    "区",
    "旗",
    "新区",
    "镇",
    "乡",
    "街道",
)
# …and ends in the kind of body it is (longest first where one ends another).
BODY_SUFFIXES = (
    "人民政府办公厅",
    "人民政府办公室",
    "人民政府",
    "办公厅",
    "办公室",
    "委员会",
    "管理委员会",
    "管委会",
    "局",
    "厅",
    "委",
    "署",
    "中心",
    "院",
    "所",
    "站",
    "队",
    "办事处",
    "政府",
)
# Central bodies name no place: 国家林业和草原局, 民政部, 国务院办公厅 (patterns).
CENTRAL_BODY_NAMES = (
    r"(?:国家|中国)[\u4e00-\u9fff]{2,14}?(?:总局|局|委员会|署)(?:办公室|办公厅)?",
    r"国务院[\u4e00-\u9fff]{0,16}?(?:办公厅|办公室|委员会)",
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,6}部(?:办公厅)?",
)
# How a central body's name begins, to tell its level (patterns).
CENTRAL_BODY_STARTS = (
    "国务院",
    "中共中央",
    "全国人大",
    "最高人民",
    r"国家[\u4e00-\u9fff]{1,10}(?:局|委员会|署)",
    r"[\u4e00-\u9fff]{1,6}部(?:办公厅)?$",
    r"中国[\u4e00-\u9fff]{1,10}(?:局|委员会|署)",
)
# Bodies outside the administrative hierarchy that publish look-alike reports; they hold no administrative rank.
INSTITUTION_SUFFIXES = ("大学", "学院", "学校", "医院", "有限公司", "股份公司", "集团")
INSTITUTION_KINDS = ("大学", "学院", "学校", "医院", "公司", "集团")
# Development zones and their committees rank with counties.
COUNTY_RANK_ZONES = ("开发区", "高新区", "新区管委会", "管委会", "管理委员会", "园区")
# Units that issue documents but are not divisions of the standard tree (zones, scenic areas, 片区), then the
# township levels: a name ending in one of them is a full issuer name, though no division list has it.
NON_DIVISION_UNITS = (
    "综合实验区",
    "经济技术开发区",
    "高新技术产业开发区",
    "经济开发区",
    "开发区",
    "高新区",
    "新区",
    "试验区",
    "风景名胜区",
    "风景区",
    "片区",
    "园区",
    "街道",
    "镇",
    "乡",
)
# What a crawler's 发布机构 or 来源 says when it names a web site rather than an issuer (patterns).
SITE_WORDS = ("网站", "门户", "大厅", "本站", "政府网", "作者", "网$", "平台$", "更新", "客户端")
# Characters that never stand inside an agency's name after its place (青禾区在区委 is a sentence).
NAME_STOPS = "在对把将是了的为向从以按被让给各其本我该全个现已涉尤等"
# Short forms of bureau names and their full forms (…县质监局 → …县质量技术监督局).
ABBREVIATIONS = (
    ("质监局", "质量技术监督局"),
    ("发改委", "发展和改革委员会"),
    ("发改局", "发展和改革局"),
    ("人社局", "人力资源和社会保障局"),
    ("卫健委", "卫生健康委员会"),
    ("卫健局", "卫生健康局"),
    ("市场监管局", "市场监督管理局"),
    ("住建局", "住房和城乡建设局"),
    ("环保局", "环境保护局"),
    ("国土局", "国土资源局"),
)
# Township-level places and the bodies that act for them.
TOWNSHIP_SUFFIXES = ("镇", "乡", "街道")
TOWNSHIP_BODIES = ("人民政府", "政府", "办事处", "党委", "便民服务中心")
# A government and its general office, as an issuer's name ends.
GOVERNMENT_SUFFIXES = ("人民政府办公厅", "人民政府办公室", "人民政府", "政府办公室", "政府办")
