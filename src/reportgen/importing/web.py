"""Lines a web page or a PDF copy prints around a report, which are not the report.

A clerk who copies a published report from a government website gets the page's
metadata (发布时间：… 来源：… 浏览次数：…, the 政府信息公开 table: metadata.py), its
controls (【字体：大 中 小】, 【打印】【关闭】, 分享到, a search page's 匹配度排序), its
navigation (当前位置：首页 > …), its headings (政府信息公开) and the site's name
(××县人民政府门户网站); one who copies from a PDF gets its page numbers (— 3 —). Import
leaves such lines out and names each in a note. Controls, navigation and page numbers
are recognised anywhere; metadata, headings and the site's name only above the
report's text or below its end, where a page prints them.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import numbering
from ..chinese import HAN
from ..lazyregex import lazy_compile
from ..organs import is_organ_name
from .frame import ends_as_title
from .metadata import is_metadata_line
from .tablerow import row

# 2026-01-29 09:57, • 2026-01-29 09:57: the page's time stamp (behind its list bullet).
_TIME_STAMP = lazy_compile(
    r"^(?:[-•·●◆*]\s*(?=\d))?\d{4}[-./]\d{1,2}[-./]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$"
    r"|^[-•·●◆*]\s*\d{4}[-./]\d{1,2}[-./]\d{1,2}$"
)
# A line that starts with one of these is the page's, whatever follows.
_PAGE_LINE = lazy_compile(
    r"^(?:当前位置|[您你]?(?:当前|现在)?(?:所在)?的?位置\s*[：:]|.{0,12}首页\s*[>＞»/]|上一篇|下一篇|上一条|下一条"
    r"|相关链接|相关文章|相关阅读|相关新闻|相关附件|附件下载|分享到|分享至|分享\s*[：:]|扫一扫|微信扫一扫|手机扫码|用手机扫"
    r"|打印本页|打印此页|关闭窗口|关闭本页|返回顶部|视力保护色|保护视力色|【打印|【关闭|【字体|【字号|【收藏"
    r"|网站地图|联系我们|政府网站找错|网站找错|版权所有|Copyright|©"
    # 无障碍浏览 | 长者模式 …: a short line of the page's (its links to its versions), never
    # a report's sentence on accessibility (无障碍环境建设法实施以来，…) nor its heading
    # (无障碍环境建设稳步推进): the line names a page's word (浏览, 阅读, 模式, 版, 入口 …)
    r"|(?:无障碍|长者模式|关怀版)(?=[^。，；！？,;!?]{0,24}$)"
    r"(?=[^。，；！？,;!?]*(?:浏览|阅读|模式|版|入口|通道|切换))"
    r"|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]ICP备|.{0,20}公网安备"
    r"|(?:https?://|www\.)\S+$)"
)
# A page's notice that the reader's browser is too old: 当前浏览器版本过低…建议您升级,
# 更换或升级浏览器以获得最佳体验, …请切换至极速模式. A sentence about 浏览器 that asks to
# upgrade, change or switch it; a report never tells its reader which browser to use.
_BROWSER = lazy_compile(
    r"^[^。]{0,40}浏览器[^。]{0,40}(?:版本过低|升级|更换|切换至?(?:极速|兼容)模式|最佳(?:浏览)?体验)"
    r"[^。]{0,40}[。.]?(?:[^。]{0,60}[。.])?$"
)
_TO_READER = lazy_compile(r"您|请|建议|当前浏览器|更换或升级")
# A page's voice-broadcast widget: 语音播报, 语音合成中,请耐心等待..., 进入播报模式.
_VOICE = lazy_compile(
    r"^(?:语音播报|[开关]启语音播报|语音合成中[，,]?\s*请耐心等待[.。…]*|(?:进入|退出)播报模式|播报模式"
    r"|(?:开始|暂停|停止|继续)播报)$"
)
# Controls that make up a whole line: 【打印】【关闭】, 打印 | 关闭, 字号 大 中 小, A+ A A-.
_CONTROL = (
    r"(?:打印(?:本页|此页)?|关闭(?:窗口|本页)?|收藏(?:本页)?|加入收藏|返回(?:顶部|首页)?|纠错"
    r"|我要纠错|字[体号](?:大小)?[：:]?|大|中|小|默认|放大|缩小|A\+|A-|A|分享|打印预览"
    r"|背景色[：:]?|保护视力色?[：:]?|视力保护色?[：:]?|护眼[：:]?"
    r"|设为首页|简体版?|繁[体體]版?|网站地图|登录|注册"
    # The page's versions for the old and for screen readers: 进入老年版, 切换到关怀模式.
    r"|(?:进入|切换(?:至|到)?|返回|退出|打开|开启|关闭)?"
    r"(?:无障碍(?:阅读|浏览|模式|版)?|长者(?:版|模式)|关怀(?:版|模式)|适老(?:化)?(?:版|模式)?"
    r"|老年(?:版|模式)|长辈(?:版|模式)|大字(?:版|模式)|读屏(?:模式)?|标准版|普通版))"
)
# A list of them, one behind each bullet (- 设为首页 / - 加入收藏), is the page's too.
# 丨 (a character drawn as a bar) separates them on some sites.
_CONTROLS = lazy_compile(
    rf"^(?:[-•·]\s+)?(?:[【\[（(]?\s*{_CONTROL}\s*[】\]）)]?[\s|｜丨/、,，]*)+$"
)
_PAGE_NUMBER = lazy_compile(
    r"^(?:[—\-－–―]{1,2}\s*\d{1,3}\s*[—\-－–―]{1,2}|第\s*\d{1,3}\s*页[\s,，/／]*共\s*\d{1,3}\s*页"
    r"|\d{1,3}\s*[/／]\s*\d{1,3})$"
)


# A breadcrumb without its label: 政务公开 > 法治政府建设 > 工作报告.
# A copy may keep the separator in front of the first link: > 首页 > 政务公开 > …; a line
# that starts with one is the rest of the line above (当前位置：首页 / > 动态 > 公告), and two
# links are enough: no line of a report starts with >.
_BREADCRUMB = lazy_compile(
    r"^(?:[^。，；>＞»]{1,20}(?:\s*[>＞»]\s*[^。，；>＞»]{1,24}){2,}"
    r"|[>＞»]\s*[^。，；>＞»]{1,20}(?:\s*[>＞»]\s*[^。，；>＞»]{1,24})+)$"
)
# A site's menu kept as a line: • 首页 • 走进青山 • 政务公开, 首页 | 机构概况 | 政策文件:
# three or more short words with bullets, bars or arrows between them (not all of them
# organs' names, which a line of signing organs may separate so). A slogan has the same
# shape (学法·懂法·用法), so the line must name a column a site has, or list four or more.
_MENU_SEPARATOR = r"\s*[•·●▪|｜丨>＞»›]\s*"
_MENU = lazy_compile(
    rf"^(?:{_MENU_SEPARATOR})?(?P<items>[^\s•·●▪|｜丨>＞»›。，；：:、]{{1,8}}"
    rf"(?:{_MENU_SEPARATOR}[^\s•·●▪|｜丨>＞»›。，；：:、]{{1,8}}){{2,}})$"
)
# Columns a government site has: the State Council's guideline for government websites
# (政府网站发展指引, 2017) asks for 信息发布, 解读回应, 办事服务 and 互动交流; the rest are
# the names sites commonly give their home page and columns (首页, 政务公开, 机构概况 …).
_MENU_WORD = lazy_compile(
    r"首页|政务公开|信息公开|信息发布|解读回应|政策解读|办事服务|政务服务|便民服务|网上办事"
    r"|互动交流|政民互动|公众参与|机构概况|机构设置|领导之窗|政策文件|政策法规|新闻中心"
    r"|新闻动态|工作动态|通知公告|专题专栏|^走进"
)
# An organ as a line of signing or joint organs shortens it: 柳湾镇人大, 柳湾镇政协.
_ORGAN_ITEM = lazy_compile(rf"^[{HAN}]{{2,12}}?(?:人大(?:主席团)?|政协|人武部|纪委|党委|妇联)$")
_SLOGAN_SEPARATOR = lazy_compile(r"^[·\s]*$")
# A lone separator left by the page's layout: |, ｜.
_SEPARATOR = lazy_compile(r"^[|｜¦\s]+$")
# The site's name at the top of a page (海丰县人民政府门户网站), and the page's own headings
# (政府信息公开, 法定主动公开内容): a line of the page, not the organ or the title.
_SITE = lazy_compile(
    r"^[^。，；：:]{2,30}(?:门户网站|政府网站|网站|政务网|政府网|门户网|政务服务网|官网)$"
    r"|^(?:政府)?信息公开(?:目录|专栏|指南|平台)?$|^政务公开$|^法定主动公开内容$"
    r"|^[^。，；：:]{2,30}\s*(?:LOGO|logo|Logo)$"
)
# A search page's buttons, stuck to the title a clerk copied from its results.
_SORT = (
    r"(?:(?:按\s*)?(?:匹配度|相关度|相关性|时间|发布时间|日期|默认|综合|智能|热度|最新|最热|点击量|浏览量)"
    r"\s*(?:排序|优先|[升降]序)|排序(?:方式)?\s*[：:]|匹配度|相关度)"
)
_SEARCH_UI = lazy_compile(rf"^(?:{_SORT}[\s|｜/]*)+")
# The share buttons' names, a line of their own under 分享到：.
_SHARE_TARGET = (
    r"(?:微信|朋友圈|微博|新浪微博|腾讯微博|QQ空间|QQ好友|QQ|豆瓣|人人网|今日头条|钉钉|复制链接)"
)
_SHARE_LINE = lazy_compile(rf"^(?:{_SHARE_TARGET}[\s|｜/、,，]*)+$")
# What a page puts in front of a title it lists: the list's bullet (•, > •), a pop-up's
# close button (×), a label in
# brackets garbled by the copy ([ 有性 ]), the share channel (政务微信), a search page's
# buttons. Cut off a title's line (or left out as a line of its own above the title).
_JUNK_PIECE = (
    r"(?:[>＞»→×✕✖╳]|[•·●○◎◆◇■□▪▸►▶★☆]|[\[【［]\s*[^\]】］：:\s][^\]】］：:]{0,8}?\s*[\]】］]"
    r"|(?:政务)?(?:微信|微博|头条|抖音)(?:公众号)?"
    rf"|{_SORT})"
)
# A page's date and the site's banner words (个人中心 | English | 适老版), glued to a
# title copied with them: 2024-03-01• 2024-03-01临溪县…报告.
_GLUED_PIECE = (
    r"(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?!\d)"
    r"|个人中心|用户中心|English|ENGLISH|繁體|繁体|简体|无障碍(?:浏览|阅读)?|适老版|长者版|关怀版"
    r"|手机版|移动版)"
)
_TITLE_JUNK = lazy_compile(rf"^(?:(?:{_JUNK_PIECE}|{_GLUED_PIECE})[\s|｜/]*)+")


# A page's date glued after a title's line: …的报告 2025-02-28, …的报告2025年2月28日,
# …的报告 发布日期：2025-02-28 (perhaps with its time).
_DATE_LABEL = r"(?:(?:发布|更新|成文|发文|公开)?(?:日期|时间)\s*[：:]\s*)"
_GLUED_DATE = lazy_compile(
    rf"^(?P<head>.*?\S)[\s\u3000|｜]*(?P<date>{_DATE_LABEL}?"
    r"(?P<day>\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?)"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)$"
)


def cut_page_date(lines: list[str]) -> tuple[str, dt.date] | None:
    """The date a page glued after a title's line (the first such line), as typed and
    read; that line is cut to what stands before the date (the title, or its last line)."""
    for index, text in enumerate(lines):
        found = _GLUED_DATE.match(text.strip())
        day = numbering.read_date(found.group("day")) if found else None
        if found and day and ends_as_title(found.group("head")):
            lines[index] = found.group("head")
            return found.group("date"), day
    return None


def is_page_chrome(text: str) -> bool:
    """A page's controls (打印, 关闭, 字号, 分享) or navigation, anywhere in a copy."""
    return bool(
        _PAGE_LINE.match(text)
        or _CONTROLS.match(text)
        or _BREADCRUMB.match(text)
        or _SEPARATOR.match(text)
        or _SEARCH_UI.fullmatch(text.strip())
        or _SHARE_LINE.match(text)
        or _VOICE.match(text.strip())
        or _browser_notice(text.strip())
    )


def _browser_notice(text: str) -> bool:
    # Said to the page's reader (您, 请, 建议), short: a report's sentence about a website
    # that works in every browser is neither.
    return len(text) <= 80 and bool(_BROWSER.match(text) and _TO_READER.search(text))


# Where the page says the reader is: 当前位置：首页 > …, 首页 > 政务公开 > ….
_NAVIGATION = lazy_compile(
    r"^(?:[>＞»]\s*)?(?:当前位置|[您你]?(?:当前|现在)?(?:所在)?的?位置\s*[：:]|.{0,12}首页\s*[>＞»/])"
)


def _listed(text: str) -> tuple[list[str], bool] | None:
    """A line of three or more short words with separators between them: the words, and
    whether a slogan's dots (·) are its only separators; None for another line, and for
    a line of organs (柳湾镇党委 | 柳湾镇政府 | 柳湾镇人大: the organs that sign)."""
    found = _MENU.match(text.strip())
    if found is None:
        return None
    items = re.split(_MENU_SEPARATOR, found.group("items"))
    if all(is_organ_name(item) or _ORGAN_ITEM.match(item) for item in items):
        return None
    separators = re.findall(_MENU_SEPARATOR, text.strip())
    return items, all(map(_SLOGAN_SEPARATOR.match, separators))


def is_menu(text: str) -> bool:
    """A site's menu (• 首页 • 政务公开 • 办事服务, 首页 | 机构概况 | 信息公开): it names
    a site's column, or lists four or more words with bullets or bars."""
    listed = _listed(text)
    if listed is None:
        return False
    items, dotted = listed
    return any(_MENU_WORD.search(item) for item in items) or (len(items) >= 4 and not dotted)


def is_slogan(text: str) -> bool:
    """A page's slogan (学法·懂法·用法, 美好生活·民法典相伴·法治护航): short words with
    dots between them, no site's column among them."""
    listed = _listed(text)
    return listed is not None and listed[1] and not is_menu(text)


def is_navigation(text: str) -> bool:
    """The page's navigation: what stands above it (an organ's name) is the site's header."""
    return bool(_NAVIGATION.match(text) or _BREADCRUMB.match(text))


def search_buttons(text: str) -> str | None:
    """匹配度排序 in front of a title copied from a search page's results, or None."""
    found = _SEARCH_UI.match(text)
    return found.group().strip() if found and text[found.end() :].strip() else None


def title_junk(text: str) -> str | None:
    """What a page put in front of a line (• [ 有性 ], > • 政务微信, 匹配度排序 •), or
    None; the caller cuts it off only where a title follows it."""
    found = _TITLE_JUNK.match(text)
    return found.group().strip() if found and text[found.end() :].strip() else None


def is_junk_line(text: str) -> bool:
    """A line that is nothing but what a page puts in front of a title (> • 政务微信)."""
    return bool(_TITLE_JUNK.fullmatch(text.strip()))


def is_page_number(text: str) -> bool:
    """— 3 —, -3-, 第3页 共8页, 3/8: a page number copied from a PDF."""
    return bool(_PAGE_NUMBER.match(text))


def is_web_line(text: str) -> bool:
    """Metadata or a control of a web page: 发布时间：…, 来源：…, 【打印】【关闭】."""
    metadata = is_metadata_line(text) or bool(_TIME_STAMP.match(text) or _SITE.match(text))
    return metadata or is_page_chrome(text) or is_menu(text) or is_slogan(text)


def quoted(text: str) -> str:
    """A dropped line as a note quotes it: spaces run together, the first 30 characters."""
    return re.sub(r"[\s\u3000]+", " ", text)[:30]


def dropped_note(text: str) -> str:
    if is_menu(text):
        return f"“{quoted(text)}”是网页信息（网站的导航菜单），不属于报告正文，没有读入。"
    if is_slogan(text):
        return f"“{quoted(text)}”是网页上的宣传标语，不属于报告正文，没有读入。"
    cells = row(text)
    if cells is not None:  # 索引号 … 组配分类 …: the cells named, where the quote stops short
        labels = "、".join(dict.fromkeys(label for label, _ in cells))
        return f"“{quoted(text)}”是网页信息（信息公开表格的{labels}），不属于报告正文，没有读入。"
    return f"“{quoted(text)}”是网页信息，不属于报告正文，没有读入。"
