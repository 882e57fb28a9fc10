"""Lines a web page or a PDF copy prints around a report, which are not the report.

A clerk who copies a published report from a government website gets the page's
metadata (发布时间：… 来源：… 浏览次数：…, the 政府信息公开 table's 索引号 and 发布机构)
and its controls (【字体：大 中 小】, 【打印】【关闭】, 分享到, 当前位置：首页 > …); one who
copies from a PDF gets its page numbers (— 3 —). Import leaves such lines out and names
each in a note. Controls and page numbers are recognised anywhere; a metadata line
(label：value) only above the report's text or below its end, where a page prints it.
"""

from __future__ import annotations

import re

# Labels of a page's metadata, each followed by ：and its value; several may share a line.
_META_LABELS = (
    "发布时间|发布日期|发文日期|更新时间|更新日期|信息时间|时间|日期|来源|信息来源|文章来源|稿件来源"
    "|来源单位|作者|供稿|发布者|发布人|录入|撰稿"
    "|编辑|责任编辑|审核|审核人|校对|浏览次数|浏览量|浏览|阅读次数|阅读量|阅读数|阅读|点击数"
    "|点击量|点击率|点击|访问量|访问次数|索引号|发布机构|发文机关|主题分类|公开方式|公开范围"
    "|公开时限|文号|生成日期|成文日期|所属机构|信息分类|体裁分类|组配分类|服务对象|有效性|关键词"
    "|字号|字体|主办|承办|协办|主办单位|承办单位|版权所有|网站标识码|技术支持|标题|名称"
)
# 发布时间：…, 【来源：…】, and a time stamp before them: 2024-03-28 10:25 来源：…
_STAMP = r"(?:\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*)?"
_META = re.compile(rf"^{_STAMP}[【\[]?(?:{_META_LABELS})\s*[：:]")
_TIME_STAMP = re.compile(r"^\d{4}[-./]\d{1,2}[-./]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$")
# A line that starts with one of these is the page's, whatever follows.
_PAGE_LINE = re.compile(
    r"^(?:当前位置|您当前的位置|您现在的位置|您的位置|所在位置|(?:网站)?首页\s*[>＞»]|上一篇|下一篇|上一条|下一条"
    r"|相关链接|相关文章|相关阅读|相关新闻|相关附件|附件下载|分享到|分享至|扫一扫|微信扫一扫|手机扫码|用手机扫"
    r"|打印本页|打印此页|关闭窗口|关闭本页|返回顶部|视力保护色|【打印|【关闭|【字体|【字号|【收藏"
    r"|网站地图|联系我们|政府网站找错|网站找错|无障碍|长者模式|关怀版|版权所有|Copyright|©"
    r"|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]ICP备|.{0,20}公网安备)"
)
# Controls that make up a whole line: 【打印】【关闭】, 打印 | 关闭, 字号 大 中 小, A+ A A-.
_CONTROL = (
    r"(?:打印(?:本页|此页)?|关闭(?:窗口|本页)?|收藏(?:本页)?|加入收藏|返回(?:顶部|首页)?|纠错"
    r"|我要纠错|字[体号][：:]?|大|中|小|默认|放大|缩小|A\+|A-|A|分享|打印预览)"
)
_CONTROLS = re.compile(rf"^(?:[【\[（(]?\s*{_CONTROL}\s*[】\]）)]?[\s|｜/、,，]*)+$")
_PAGE_NUMBER = re.compile(
    r"^(?:[—\-－–―]{1,2}\s*\d{1,3}\s*[—\-－–―]{1,2}|第\s*\d{1,3}\s*页[\s,，/／]*共\s*\d{1,3}\s*页"
    r"|\d{1,3}\s*[/／]\s*\d{1,3})$"
)


def is_page_chrome(text: str) -> bool:
    """A page's controls (打印, 关闭, 字号, 分享) or navigation, anywhere in a copy."""
    return bool(_PAGE_LINE.match(text) or _CONTROLS.match(text))


def is_page_number(text: str) -> bool:
    """— 3 —, -3-, 第3页 共8页, 3/8: a page number copied from a PDF."""
    return bool(_PAGE_NUMBER.match(text))


def is_web_line(text: str) -> bool:
    """Metadata or a control of a web page: 发布时间：…, 来源：…, 【打印】【关闭】."""
    metadata = bool(_META.match(text) or _TIME_STAMP.match(text))
    return (len(text) <= 120 and metadata) or is_page_chrome(text)


def quoted(text: str) -> str:
    """A dropped line as a note quotes it: spaces run together, the first 30 characters."""
    return re.sub(r"[\s\u3000]+", " ", text)[:30]


def dropped_note(text: str) -> str:
    return f"“{quoted(text)}”是网页信息，不属于报告正文，没有读入。"
