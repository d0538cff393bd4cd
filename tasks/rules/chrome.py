"""Page chrome: the lines a web page wraps a document in (breadcrumbs, print and share buttons, site
footers), as data. `gongkai.tasks.document.normalize` drops them; its fast scans are compiled from these
tuples, including the characters a chrome line can begin with (`gongkai.tasks.document.scan.first_characters`),
so that a new entry can never be missed by a stale fast path.
"""

# What a chrome line (stripped) consists of, from its first character on: one pattern per kind of line.
CHROME_LINE_STARTS = (
    r"您?(?:当前|现在)的?(?:位置|所在位置)[:：].*",
    r"首页\s*[>›»/→]\s*.*",
    r"当前位置[:：].*",
    r"字\s*号[:：]?\s*(?:[大中小]\s*){0,3}.*",
    r"【?\s*(?:打印(?:本页|此页)?|关闭(?:窗口|本页)?|收藏|返回顶部|返回|分享到.*|纠错)\s*】?",
    r"(?:【\s*(?:打印|关闭|字体|收藏)[^】]*】\s*)+",
    r"(?:(?:打印(?:本页)?|关闭(?:窗口)?|收藏|返回顶部|返回|分享)\s*){2,}",
    r"上一篇[:：].*",
    r"下一篇[:：].*",
    r"相关(?:链接|阅读|文章)[:：]?.*",
    r"(?:主办|承办|协办)单位[:：].*",
    r"版权所有.*",
    r"网站地图.*",
    r"网站标识码.*",
    r"(?:浏览|阅读|访问)(?:次数|量)[:：].*",
    r"扫一扫在手机上(?:查看|打开)当前页面",
    r"=+\s*正文\s*=+",  # a crawler's marks around the page body
    r"页面链接与图片详见.*",
    r"您访问的链接即将离开.*",
    r"您的浏览器版本太低.*",
    r"为了更好的浏览体验.*",
    r"建议(?:升级|使用).*浏览器.*",
    r"(?:视力保护色|无障碍|适老化|繁體版?|简体版?|English)(?:\s+\S{1,6}){0,4}",
)
# A line naming the site's filing is chrome wherever in it the filing stands.
FILINGS = ("ICP备", "公网安备")
# Chrome glued to the end of a sentence's line, and a word that each of them contains (searched for first:
# a substring search is much faster than the regex scan).
GLUED_ENDINGS = (
    ("扫一扫在手机上", r"扫一扫在手机上(?:查看|打开)当前页面"),
    ("打印", r"【?打印】?[^\S\n]*【?关闭】?"),
    ("返回顶部", r"返回顶部"),
)
