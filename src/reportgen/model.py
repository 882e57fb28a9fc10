"""The report as data: a Pydantic model that knows nothing about Word or files.

Structure follows the regulation (《法治政府建设与责任落实督察工作规定》) and the 公文
heading sequence: a part (一、) holds paragraphs and sections (（一）), a section holds
items (1.), an item holds sub-items (（1）). Numbering is generated, never stored.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    model_validator,
)
from pydantic_core import PydanticCustomError

from .numbering import MAX_CHINESE_NUMBER

# The years a report may be about (the schema's bounds; `new` keeps within them).
FIRST_YEAR, LAST_YEAR = 2000, 2100

# Characters that XML 1.0 cannot carry; Word refuses a document that contains them.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _check_text(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("empty_text", "不能为空，请填写内容或删除这一项")
    match = XML_ILLEGAL.search(value)
    if match:
        code, position = ord(match.group()), match.start() + 1
        raise PydanticCustomError(
            "control_character",
            f"含有不可见的控制字符 U+{code:04X}（第 {position} 个字符），请删除它",
        )
    return value


Text = Annotated[str, AfterValidator(_check_text)]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class PartKind(StrEnum):
    """The five contents the regulation asks a report to cover."""

    DUTY = "duty"  # 党政主要负责人履行推进法治建设第一责任人职责的情况
    MEASURES = "measures"  # 主要举措和成效
    SHORTCOMINGS = "shortcomings"  # 存在的不足和原因
    PLANS = "plans"  # 下一年度的主要安排
    OTHER = "other"  # 其他需要报告的情况


class Point(_Strict):
    """One 一是/二是 point: an optional lead phrase (set in bold) and its text."""

    model_config = ConfigDict(
        title="要点", json_schema_extra={"description": "一个“一是、二是……”要点：加粗的引语和正文"}
    )

    lead: Text | None = Field(
        None, title="要点引语", description="加粗的引语，如“压实责任，强化担当。”；可省略"
    )
    text: Text = Field(title="要点正文", description="引语之后的正文")


class PointList(_Strict):
    """A run of 一是/二是 points, either in one paragraph or one paragraph each."""

    model_config = ConfigDict(
        title="要点组", json_schema_extra={"description": "一组要点，同段排列或每个要点单独成段"}
    )

    points: list[Point] = Field(
        min_length=1,
        max_length=MAX_CHINESE_NUMBER,
        title="要点",
        description="按顺序编为一是、二是……",
    )
    inline: bool = Field(
        False, title="同段排列", description="true：所有要点排在同一段内；false：每个要点单独成段"
    )
    intro: Text | None = Field(None, title="引导语", description="同段排列时放在“一是”之前的文字")

    @model_validator(mode="after")
    def _intro_needs_inline(self) -> PointList:
        if self.intro is not None and not self.inline:
            raise PydanticCustomError(
                "intro_without_inline",
                "只有 inline 为 true（要点同段排列）时才能写 intro；否则请把引导语单独写成一段",
            )
        return self


def _block_kind(value: object) -> str | None:
    if isinstance(value, str):
        return "paragraph"
    if isinstance(value, dict | PointList):
        return "point_list"
    return None


# A block is a paragraph (a plain JSON string, the common case) or a run of points.
Block = Annotated[
    Annotated[Text, Tag("paragraph")] | Annotated[PointList, Tag("point_list")],
    Discriminator(_block_kind),
    Field(description="一段正文（字符串），或一组“一是、二是”要点"),
]


class SubItem(_Strict):
    """（1） level."""

    model_config = ConfigDict(
        title="（1）级条目", json_schema_extra={"description": "第四层：（1）（2）……"}
    )

    title: Text = Field(title="标题", description="不含编号“（1）”")
    content: list[Block] = Field(default_factory=list, title="正文")


class Item(_Strict):
    """1. level."""

    model_config = ConfigDict(
        title="1.级条目", json_schema_extra={"description": "第三层：1. 2. ……"}
    )

    title: Text = Field(title="标题", description="不含编号“1.”")
    content: list[Block] = Field(default_factory=list, title="正文")
    subitems: list[SubItem] = Field(default_factory=list, title="（1）级条目")


class Section(_Strict):
    """（一） level."""

    model_config = ConfigDict(
        title="（一）级小节", json_schema_extra={"description": "第二层：（一）（二）……"}
    )

    title: Text = Field(title="标题", description="不含编号“（一）”")
    content: list[Block] = Field(default_factory=list, title="正文")
    items: list[Item] = Field(default_factory=list, title="1.级条目")


class Part(_Strict):
    """一、 level: one of the regulation's contents, in the author's order."""

    model_config = ConfigDict(
        title="一、级部分",
        json_schema_extra={"description": "第一层：一、二、……，对应督察工作规定要求报告的内容"},
    )

    kind: PartKind = Field(
        title="内容类别",
        description="duty 第一责任人职责；measures 举措和成效；shortcomings 不足和原因；"
        "plans 下一年度安排；other 其他情况",
    )
    heading: Text = Field(title="标题", description="不含编号“一、”")
    content: list[Block] = Field(default_factory=list, title="正文")
    sections: list[Section] = Field(
        default_factory=list, max_length=MAX_CHINESE_NUMBER, title="（一）级小节"
    )


class Masthead(_Strict):
    """版头: the red heading of a formal document; optional (the 2023 report has none)."""

    model_config = ConfigDict(
        title="版头",
        json_schema_extra={"description": "发文机关标志、发文字号和签发人；省略则从标题开始"},
    )

    mark: Text = Field(title="发文机关标志", description="如“柏山镇人民政府文件”，套红印在首页上方")
    number: Text = Field(title="发文字号", description="如“柏政〔2024〕3号”")
    signer: Text | None = Field(
        None, title="签发人", description="上报的公文须标注签发人姓名（GB/T 9704 7.2.4）"
    )


def default_title(year: int) -> str:
    """The title a report has when its data gives none: the one place it is written."""
    return f"关于{year}年法治政府建设情况的报告"


def _check_title(value: str) -> str:
    # "" is a title not yet written (validate reports it); control characters never pass.
    return _check_text(value) if value.strip() else value


class Report(_Strict):
    """One organ's annual report on building a rule-of-law government.

    What GB/T 9704 or the regulation requires but a report in hand may lack (title,
    addressees, opening, signature, date) may be missing here: `validate` reports it
    and `build` refuses, while the report can still be proofread and built as a draft.
    """

    model_config = ConfigDict(
        title="法治政府建设年度报告",
        json_schema_extra={"description": "reportgen 的数据文件：一份年度报告的全部内容"},
        populate_by_name=True,
    )

    schema_ref: str | None = Field(None, alias="$schema", title="JSON Schema 地址")
    year: int = Field(
        ge=FIRST_YEAR, le=LAST_YEAR, title="报告年度", description="报告所述的年度，如 2023"
    )
    organ: Text | None = Field(
        None, title="发文机关", description="如“柏山镇人民政府”；用于文件名和文档属性"
    )
    signatories: list[Text] = Field(
        default_factory=list, title="署名机关", description="按顺序排列，主办机关在前"
    )
    addressees: list[Text] = Field(
        default_factory=list,
        title="主送机关",
        description="如“中共博爱县委”“博爱县人民政府”；上报的报告须有主送机关",
    )
    title: Annotated[str, AfterValidator(_check_title)] | None = Field(
        None,
        title="标题",
        description="省略时为“关于YYYY年法治政府建设情况的报告”；空字符串表示标题尚未填写",
    )
    opening: list[Text] = Field(default_factory=list, title="开头段落")
    parts: list[Part] = Field(
        default_factory=list, max_length=MAX_CHINESE_NUMBER, title="正文各部分"
    )
    attachments: list[Text] = Field(
        default_factory=list,
        title="附件说明",
        description="附件名称，按顺序排列，印在正文之下、署名之上（附件：1.××× 2.×××）；"
        "不含“附件：”和序号，名称后不加标点",
    )
    date: Annotated[dt.date, Field(strict=False)] | None = Field(
        None, title="成文日期", description="YYYY-MM-DD，如 2024-01-28"
    )
    note: Text | None = Field(None, title="附注", description="如“（此件公开发布）”；可省略")
    masthead: Masthead | None = Field(
        None, title="版头", description="发文机关标志、发文字号、签发人；省略则从标题开始"
    )

    @property
    def full_title(self) -> str:
        """The title as printed; "" when the data leaves it blank to be written."""
        return default_title(self.year) if self.title is None else self.title.strip()

    @property
    def document_name(self) -> str:
        """Organ and title, as a file or a web page is named: the organ once, also when
        the title starts with it (××街道办事处关于……) or with its place (白鹭乡关于……)."""
        title, organ = self.full_title, self.organ or ""
        place = re.sub(r"(?:人民政府|办事处)$", "", organ)  # the organ itself, or its place
        if len(place) < 2 or title.startswith(place):
            return title or organ or default_title(self.year)
        return organ + title
