"""The keys of a page's metadata block (索引号：…, 发布机构：…) and the field each fills, as data.
`gongkai.tasks.document.normalize` compiles its key patterns (forwards, backwards, inline) from this table."""

METADATA_KEYS = {
    "索引号": "index_no", "索取号": "index_no",
    "主题分类": "category", "组配分类": "category", "分类": "category", "信息分类": "category",
    "体裁分类": "genre", "公文种类": "genre",
    "发布机构": "publisher", "发文机关": "issuer", "发文单位": "issuer", "来源": "source", "信息来源": "source",
    "成文日期": "written_date", "生成日期": "written_date",
    "发布日期": "publish_date", "发布时间": "publish_date", "公开日期": "publish_date", "日期": "publish_date",
    "时间": "publish_date",
    "发文字号": "doc_number", "文号": "doc_number",
    "有效性": "validity", "时效": "validity",
    "标题": "title", "名称": "title",
    "关键词": "keywords", "主题词": "keywords",
    # a crawler's header (标题 / 发布时间 / 文号 / 发布机构 / 栏目 / 原文链接 / 本地目录)
    "栏目": "column", "原文链接": "source_url", "本地目录": "local_path",
}
