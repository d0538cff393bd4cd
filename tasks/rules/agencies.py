"""What agency names are made of, as data: place suffixes, the kinds of body, central bodies, institutions
and zones. `gongkai.tasks.document.fields` (finding the issuer) and `gongkai.tasks.document.regions` (placing
it) compile their patterns from these tuples.
"""

# A name begins with a place ending in one of these.
PLACE_SUFFIXES = ("省", "自治区", "市", "自治州", "州", "盟", "地区", "县", "自治县", "区", "旗", "新区", "镇", "乡",
                  "街道")
# …and ends in the kind of body it is (longest first where one ends another).
BODY_SUFFIXES = ("人民政府办公厅", "人民政府办公室", "人民政府", "办公厅", "办公室", "委员会", "管理委员会", "管委会",
                 "局", "厅", "委", "署", "中心", "院", "所", "站", "队", "办事处", "政府")
# Central bodies name no place: 国家林业和草原局, 民政部, 国务院办公厅 (patterns).
CENTRAL_BODY_NAMES = (
    r"(?:国家|中国)[\u4e00-\u9fff]{2,14}?(?:总局|局|委员会|署)(?:办公室|办公厅)?",
    r"国务院[\u4e00-\u9fff]{0,10}?(?:办公厅|办公室|委员会)",
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,6}部(?:办公厅)?",
)
# How a central body's name begins, to tell its level (patterns).
CENTRAL_BODY_STARTS = (
    "国务院", "中共中央", "全国人大", "最高人民",
    r"国家[\u4e00-\u9fff]{1,10}(?:局|委员会|署)",
    r"[\u4e00-\u9fff]{1,6}部(?:办公厅)?$",
    r"中国[\u4e00-\u9fff]{1,10}(?:局|委员会|署)",
)
# Bodies outside the administrative hierarchy that publish look-alike reports; they hold no administrative rank.
INSTITUTION_SUFFIXES = ("大学", "学院", "学校", "医院", "有限公司", "股份公司", "集团")
INSTITUTION_KINDS = ("大学", "学院", "学校", "医院", "公司", "集团")
# Development zones and their committees rank with counties.
ZONE_WORDS = ("开发区", "高新区", "新区管委会", "管委会", "管理委员会", "园区")
# Township-level places and the bodies that act for them.
TOWNSHIP_SUFFIXES = ("镇", "乡", "街道")
TOWNSHIP_BODIES = ("人民政府", "政府", "办事处", "党委", "便民服务中心")
# A government and its general office, as an issuer's name ends.
GOVERNMENT_SUFFIXES = ("人民政府办公厅", "人民政府办公室", "人民政府", "政府办公室", "政府办")
