"""Import of reports as other places write them: each shape with the data it must give.

The reports are written for these tests (invented places: 柳湾镇, 石桥街道, 东岚区,
临溪县 …); each test changes one thing of a plain report and checks what import reads.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from reportgen.importing.parse import Parsed, parse
from reportgen.importing.read import Paragraph
from reportgen.structure import read_heading

TITLE = "关于2024年法治政府建设情况的报告"
ADDRESSEES = "中共临溪县委、临溪县人民政府："
OPENING = (
    "2024年，柳湾镇在县委、县政府的领导下，深入学习贯彻习近平法治思想，扎实推进法治政府建设。"
    "现将有关情况报告如下："
)
DUTY = [
    "一、党政主要负责人履行推进法治建设第一责任人职责情况",
    "镇党委书记、镇长认真履行第一责任人职责，全年主持召开专题会议4次，研究解决法治建设重大问题。",
]
MEASURES = [
    "二、推进法治政府建设的主要举措和成效",
    "（一）健全依法决策机制",
    "严格落实重大行政决策程序，全年经合法性审查的决策事项12件。",
    "（二）深化普法宣传",
    "开展“法律进村居”活动36场，发放宣传资料3000余份。",
]
SHORTCOMINGS = [
    "三、存在的不足和原因",
    "一是执法队伍力量薄弱；二是普法形式较为单一。究其原因，主要是专业人员不足。",
]
PLANS = [
    "四、2025年工作安排",
    "2025年，柳湾镇将继续加强法治队伍建设，创新普法方式，推动法治政府建设再上新台阶。",
]
SIGNATURE = ["中共柳湾镇委员会", "柳湾镇人民政府"]
DATE = "2025年1月20日"
KINDS = ["duty", "measures", "shortcomings", "plans"]


def lines(
    *,
    above: tuple[str, ...] = (),
    title: tuple[str, ...] = (TITLE,),
    addressees: tuple[str, ...] = (ADDRESSEES,),
    opening: tuple[str, ...] = (OPENING,),
    parts: tuple[list[str], ...] = (DUTY, MEASURES, SHORTCOMINGS, PLANS),
    signature: tuple[str, ...] = tuple(SIGNATURE),
    date: tuple[str, ...] = (DATE,),
    below: tuple[str, ...] = (),
) -> list[str]:
    body = [line for part in parts for line in part]
    return [*above, *title, *addressees, *opening, *body, *signature, *date, *below]


def imported(text_lines: list[str]) -> Parsed:
    return parse([Paragraph(line) for line in text_lines if line.strip()])


def kinds(parsed: Parsed) -> list[str]:
    return [part.kind.value for part in parsed.report.parts]


def test_the_plain_report() -> None:
    parsed = imported(lines())
    report = parsed.report
    assert report.title == TITLE  # written out, also where it is the default title
    assert report.full_title == TITLE
    assert (report.year, report.organ) == (2024, "柳湾镇人民政府")
    assert report.addressees == ["中共临溪县委", "临溪县人民政府"]
    assert report.opening == [OPENING]
    assert kinds(parsed) == KINDS
    assert report.signatories == SIGNATURE
    assert report.date == dt.date(2025, 1, 20)
    assert parsed.notes == []


@pytest.mark.parametrize("ending", ["现将有关情况报告如下：", "现将有关情况汇报如下:"])
def test_no_addressee_line_an_opening_ending_in_a_colon_stays_the_opening(ending: str) -> None:
    opening = OPENING.replace("现将有关情况报告如下：", ending)
    parsed = imported(lines(addressees=(), opening=(opening,)))
    assert parsed.report.addressees == []
    assert parsed.report.opening == [opening]
    assert parsed.report.full_title == TITLE
    assert any("没有找到主送机关" in note for note in parsed.notes)


def test_no_addressee_line_an_opening_ending_in_a_full_stop_is_not_the_title() -> None:
    opening = "2024年，柳湾镇坚持以习近平法治思想为指导，法治政府建设取得新成效。"
    parsed = imported(lines(addressees=(), opening=(opening,)))
    assert parsed.report.full_title == TITLE
    assert parsed.report.opening == [opening]


@pytest.mark.parametrize(
    ("title_lines", "title"),
    [
        (
            ("柳湾镇人民政府关于2024年度法治政府", "建设情况的报告"),
            "柳湾镇人民政府关于2024年度法治政府建设情况的报告",
        ),
        (("关于2024年法治政府建设", "情况的报告"), TITLE),
        (
            ("柳湾镇人民政府关于2024年度", "法治政府建设", "工作情况的报告"),
            "柳湾镇人民政府关于2024年度法治政府建设工作情况的报告",
        ),
    ],
)
def test_a_title_over_several_lines(title_lines: tuple[str, ...], title: str) -> None:
    parsed = imported(lines(title=title_lines))
    assert parsed.report.full_title == title
    assert parsed.report.addressees == ["中共临溪县委", "临溪县人民政府"]
    assert parsed.report.opening == [OPENING]


@pytest.mark.parametrize(
    ("title", "organ"),
    [
        ("柳湾镇人民政府关于2024年法治政府建设情况的报告", "柳湾镇人民政府"),
        ("中共柳湾镇委员会、柳湾镇人民政府关于2024年度法治政府建设情况的报告", "柳湾镇人民政府"),
        ("临溪县司法局2024年法治政府建设工作情况报告", "临溪县司法局"),
        ("东岚区市场监督管理局关于2024年度法治政府建设情况的报告", "东岚区市场监督管理局"),
    ],
)
def test_a_title_that_names_the_organ_gives_the_organ(title: str, organ: str) -> None:
    parsed = imported(lines(title=(title,), signature=()))
    assert parsed.report.organ == organ
    assert parsed.report.full_title == title
    assert parsed.report.year == 2024


def test_a_line_starting_with_de_is_never_the_title() -> None:
    """的报告（三） under a page's date line is no report's own title (a title's tail)."""
    parsed = imported(
        lines(
            title=(TITLE, "发布时间：2025-01-05"), addressees=(), opening=("的报告（三）", OPENING)
        )
    )
    assert parsed.report.full_title == TITLE
    assert parsed.report.opening == ["的报告（三）", OPENING]


def test_a_title_that_names_nothing_replaces_no_page_heading() -> None:
    """情况报告（三） under the page's date line says neither 关于, a year nor a subject:
    the heading above stays the title."""
    parsed = imported(
        lines(
            title=(TITLE, "发布时间：2025-01-05"),
            addressees=(),
            opening=("情况报告（三）", OPENING),
        )
    )
    assert parsed.report.full_title == TITLE
    assert parsed.report.opening == ["情况报告（三）", OPENING]
    # Nor does a stray line above it go as the line above a title.
    parsed = imported(
        lines(
            title=(TITLE, "发布时间：2025-01-05", "一、"),
            addressees=(),
            opening=("情况报告（三）",),
        )
    )
    assert parsed.report.opening == ["一、", "情况报告（三）"]


def test_a_title_with_its_remark_takes_no_further_line() -> None:
    """关于…的报告 / （一） is complete: 的报告（三） under it is not a third line of it."""
    parsed = imported(
        lines(title=(TITLE, "（一）"), addressees=(), opening=("的报告（三）", OPENING))
    )
    assert parsed.report.full_title == TITLE + "（一）"
    assert parsed.report.opening == ["的报告（三）", OPENING]


@pytest.mark.parametrize(
    ("title", "organ"),
    [
        ("柳湾镇2024年法治政府建设工作情况报告", "柳湾镇人民政府"),
        ("石桥街道2024年度法治政府建设情况报告", "石桥街道办事处"),
        ("东岚区2024年法治政府建设情况报告", "东岚区人民政府"),
    ],
)
def test_a_title_naming_a_place_gives_its_organ(title: str, organ: str) -> None:
    """Without a signature the place's organ is taken, and the clerk is told to check it."""
    parsed = imported(lines(title=(title,), signature=()))
    assert parsed.report.organ == organ
    assert any("请核对 organ" in note for note in parsed.notes)


def test_the_organ_alone_on_a_line_above_the_title_is_the_titles_first_line() -> None:
    """大河乡人民政府 / 关于…的报告: a title over two lines, the organ's name first."""
    parsed = imported(lines(above=("柳湾镇人民政府",), signature=()))
    assert parsed.report.organ == "柳湾镇人民政府"
    assert parsed.report.full_title == "柳湾镇人民政府" + TITLE
    assert parsed.report.opening == [OPENING]
    joint = imported(lines(above=("中共柳湾镇委员会", "柳湾镇人民政府")))
    assert joint.report.organ == "柳湾镇人民政府"
    assert joint.report.full_title == "中共柳湾镇委员会柳湾镇人民政府" + TITLE


def test_a_report_that_starts_straight_at_its_first_part() -> None:
    parsed = imported(lines(opening=()))
    assert parsed.report.opening == []
    assert parsed.report.addressees == ["中共临溪县委", "临溪县人民政府"]
    assert kinds(parsed) == KINDS
    bare = imported(lines(addressees=(), opening=()))
    assert bare.report.full_title == TITLE and bare.report.opening == []


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("基本情况", "measures"),
        ("工作开展情况", "measures"),
        ("2024年推进法治政府建设情况", "measures"),
        ("主要工作及成效", "measures"),
        ("一年来的主要做法", "measures"),
        ("党政主要负责人履职情况", "duty"),
        ("落实第一责任人职责情况", "duty"),
        ("存在的问题", "shortcomings"),
        ("存在的短板和不足", "shortcomings"),
        ("存在的问题及原因", "shortcomings"),
        ("当前面临的困难和问题", "shortcomings"),
        ("下一步工作打算", "plans"),
        ("下步工作计划", "plans"),
        ("2025年工作思路", "plans"),
        ("2025年工作重点", "plans"),
        ("今后工作打算", "plans"),
        ("谋划2024年工作", "plans"),  # the report's own year: a plans part with a wrong year
        ("其他需要报告的事项", "other"),
        ("其他有关情况", "other"),
    ],
)
def test_parts_worded_differently(heading: str, kind: str) -> None:
    measures = ["二、" + heading, *MEASURES[1:]]
    parsed = imported(lines(parts=(DUTY, measures, SHORTCOMINGS, PLANS)))
    assert kinds(parsed)[1] == kind
    assert parsed.report.parts[1].heading == heading


THEMATIC = (
    [
        "一、压实主体责任，筑牢法治根基",
        "镇党委、镇政府主要负责人认真履行推进法治建设第一责任人职责，带头学法、带头守法。",
        "一是亲自部署。主要负责人亲自部署年度法治工作，及时听取工作汇报。",
        "二是带头述法。主要负责人在年终述职中专题述法。",
    ],
    [
        "二、坚持依法行政，提升治理效能",
        "（一）规范行政执法",
        "全面推行行政执法“三项制度”，全年办理行政处罚案件46件，无一被复议纠错。",
        "（二）化解矛盾纠纷",
        "完善人民调解网络，全年调解矛盾纠纷128件，调解成功率98%。",
    ],
    [
        "三、正视问题差距，找准努力方向",
        "一是部分干部法治意识还不够强，运用法治思维解决问题的能力有待提高；"
        "二是基层执法力量不足。究其原因，主要是培训不够系统，专业人员缺乏。",
    ],
    [
        "四、锚定目标任务，谋划来年工作",
        "2025年，柳湾镇将围绕法治政府建设目标，着力抓好以下工作：一是持续加强学法用法；"
        "二是进一步规范行政执法；三是深入推进法治乡村建设。",
    ],
)


def test_thematic_headings_are_classified_from_their_text() -> None:
    parsed = imported(lines(parts=THEMATIC))
    assert kinds(parsed) == KINDS
    assert [part.heading for part in parsed.report.parts] == [
        "压实主体责任，筑牢法治根基",
        "坚持依法行政，提升治理效能",
        "正视问题差距，找准努力方向",
        "锚定目标任务，谋划来年工作",
    ]
    assert not any("other" in note for note in parsed.notes)


def test_a_slogan_whose_words_name_a_content_is_read_by_its_text() -> None:
    """补齐短板 in a heading about work done: the text says measures, not shortcomings."""
    heading = "二、坚持问题导向，补齐工作短板"
    measures = [heading, *THEMATIC[1][1:]]
    parsed = imported(lines(parts=(THEMATIC[0], measures, THEMATIC[2], THEMATIC[3])))
    assert kinds(parsed) == KINDS


def test_other_only_where_nothing_fits_and_the_note_says_what_is_missing() -> None:
    odd = ["四、有关说明", "本报告所称“村居”，包括本镇所辖的8个行政村和2个社区。"]
    parsed = imported(lines(parts=(DUTY, MEASURES, SHORTCOMINGS, odd)))
    assert kinds(parsed) == ["duty", "measures", "shortcomings", "other"]
    (note,) = [n for n in parsed.notes if "other" in n]
    assert "“有关说明”" in note
    assert "已识别：第一责任人职责、举措和成效、不足和原因" in note
    assert "尚缺：下一年度安排" in note


def test_run_on_headings() -> None:
    measures = [
        "二、推进法治政府建设的主要举措和成效",
        "（一）健全依法决策机制。严格落实重大行政决策程序，全年审查决策事项12件。",
        "1.加强合法性审查。镇法律顾问列席党政联席会议24次。",
        "（二）、深化普法宣传。开展“法律进村居”活动36场。",
    ]
    parsed = imported(lines(parts=(DUTY, measures, SHORTCOMINGS, PLANS)))
    part = parsed.report.parts[1]
    first, second = part.sections
    assert first.title == "健全依法决策机制。"
    assert first.content == ["严格落实重大行政决策程序，全年审查决策事项12件。"]
    assert first.items[0].title == "加强合法性审查。"
    assert first.items[0].content == ["镇法律顾问列席党政联席会议24次。"]
    assert second.title == "深化普法宣传。"
    assert second.content == ["开展“法律进村居”活动36场。"]
    assert "“（二）、”后不应加“、”，已按“（二）”的写法读入。" in parsed.notes


@pytest.mark.parametrize(
    ("written", "normalised"),
    [
        ("2025年1月20日", False),
        ("2025.1.20", True),
        ("2025-1-20", True),
        ("2025年01月20日", True),
        ("二〇二五年一月二十日", True),
        ("二O二五年一月二十日", True),
        ("二○二五年元月二十日", True),
        ("2025年1月20日", False),
    ],
)
def test_dates_as_clerks_write_them(written: str, normalised: bool) -> None:
    parsed = imported(lines(date=(written,)))
    assert parsed.report.date == dt.date(2025, 1, 20)
    assert parsed.report.signatories == SIGNATURE
    said = f"成文日期“{written}”已按规范写法“2025年1月20日”读入。"
    assert (said in parsed.notes) is normalised


@pytest.mark.parametrize(
    ("signature", "signatories"),
    [
        (("柳湾镇人民政府",), ["柳湾镇人民政府"]),
        (("中共柳湾镇委员会", "柳湾镇人民政府"), SIGNATURE),
        (("中共柳湾镇委员会    柳湾镇人民政府",), SIGNATURE),
        (("中共柳湾镇委员会\u3000\u3000柳湾镇人民政府",), SIGNATURE),
        ((), []),
    ],
)
def test_signatures(signature: tuple[str, ...], signatories: list[str]) -> None:
    parsed = imported(lines(signature=signature))
    assert parsed.report.signatories == signatories
    assert parsed.report.date == dt.date(2025, 1, 20)
    assert parsed.report.parts[-1].content == [PLANS[1]]
    assert parsed.report.organ == "柳湾镇人民政府"


def test_signature_and_date_on_one_line() -> None:
    parsed = imported(lines(signature=(), date=("柳湾镇人民政府    2025年1月20日",)))
    assert parsed.report.signatories == ["柳湾镇人民政府"]
    assert parsed.report.date == dt.date(2025, 1, 20)


def test_no_signature_and_no_date() -> None:
    parsed = imported(lines(signature=(), date=()))
    assert (parsed.report.signatories, parsed.report.date) == ([], None)
    assert parsed.report.parts[-1].content == [PLANS[1]]
    assert any("没有找到成文日期" in note for note in parsed.notes)


@pytest.mark.parametrize(
    "below",
    [
        ("（此件公开发布）",),
        ("（联系人：李明，电话：0371-6123456）",),
        ("（此件主动公开）", "（联系人：李明，电话：0371-6123456）"),
    ],
)
def test_notes_after_the_date(below: tuple[str, ...]) -> None:
    parsed = imported(lines(below=below))
    assert parsed.report.note == "".join(below)
    assert parsed.report.date == dt.date(2025, 1, 20)
    assert parsed.report.signatories == SIGNATURE


def test_a_bracketed_line_that_ends_the_text_is_text() -> None:
    last = ["四、2025年工作安排", "继续推进法治政府建设。", "（具体安排另行印发）"]
    parsed = imported(lines(parts=(DUTY, MEASURES, SHORTCOMINGS, last), signature=(), date=()))
    assert parsed.report.note is None
    assert parsed.report.parts[-1].content == ["继续推进法治政府建设。", "（具体安排另行印发）"]


@pytest.mark.parametrize(
    ("organ", "addressees"),
    [
        ("石桥街道办事处", "中共东岚区委、东岚区人民政府："),
        ("东岚区人民政府", "中共东岚区委、东岚区人大常委会："),
        ("临溪县人民政府", "中共澄州市委、澄州市人民政府："),
        ("临溪县司法局", "临溪县人民政府、澄州市司法局："),
        ("东岚区市场监督管理局", "中共东岚区委、东岚区人民政府："),
        ("澄州市生态环境局临溪分局", "中共临溪县委、临溪县人民政府、澄州市生态环境局："),
        ("临溪县卫生健康委员会", "中共临溪县委，临溪县人民政府："),
    ],
)
def test_streets_districts_counties_and_departments(organ: str, addressees: str) -> None:
    title = f"{organ}关于2024年度法治政府建设情况的报告"
    parsed = imported(lines(title=(title,), addressees=(addressees,), signature=(organ,)))
    report = parsed.report
    assert report.organ == organ and report.signatories == [organ]
    assert report.addressees == [n for n in addressees[:-1].replace("，", "、").split("、")]
    assert kinds(parsed) == KINDS
    from reportgen.rules import check

    assert "C006" not in [f.code for f in check(report)]


def test_lines_before_the_title_that_are_not_the_report_are_left_out_and_said() -> None:
    parsed = imported(lines(above=("发布时间：2025-01-22", "附件2")))
    assert parsed.report.full_title == TITLE
    assert parsed.report.opening == [OPENING]
    assert sum("没有读入" in note for note in parsed.notes) == 2


def test_a_date_under_the_title_when_the_end_has_none() -> None:
    parsed = imported(lines(addressees=("（2025年1月20日）",), signature=(), date=()))
    assert parsed.report.date == dt.date(2025, 1, 20)
    assert parsed.report.opening == [OPENING]


def test_an_organ_line_above_a_title_that_starts_with_its_year_is_part_of_the_title() -> None:
    parsed = imported(lines(title=("临溪县司法局", "2024年法治政府建设年度报告"), signature=()))
    assert parsed.report.full_title == "临溪县司法局2024年法治政府建设年度报告"
    assert parsed.report.organ == "临溪县司法局"


def test_a_department_named_only_in_its_text_is_found_in_full() -> None:
    """No organ in the title, no signature: the opening's 县司法局 as the text names it."""
    opening = (
        "2024年，县司法局坚持以习近平法治思想为指导，统筹推进法治政府建设。现将有关情况报告如下："
    )
    measures = ["二、主要举措和成效", "印发《临溪县司法局2024年普法工作要点》，开展普法活动40场。"]
    parsed = imported(
        lines(opening=(opening,), parts=(DUTY, measures, SHORTCOMINGS, PLANS), signature=())
    )
    assert parsed.report.organ == "临溪县司法局"
    assert any("请核对 organ" in note for note in parsed.notes)


def test_a_title_ending_in_its_report_takes_no_further_line() -> None:
    parsed = imported(lines(addressees=(), opening=("2024年法治政府建设工作情况", OPENING)))
    assert parsed.report.full_title == TITLE
    assert parsed.report.opening == ["2024年法治政府建设工作情况", OPENING]


def test_a_remark_under_the_title_is_part_of_it() -> None:
    parsed = imported(lines(title=("关于法治政府建设情况的报告", "（2024年度）")))
    assert parsed.report.full_title == "关于法治政府建设情况的报告（2024年度）"
    assert parsed.report.year == 2024


# -- reports as they are published and pasted (issue 20) ---------------------------------


def one_space(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def notes_about(parsed: Parsed, text: str) -> list[str]:
    return [note for note in parsed.notes if text in note]


def test_an_organ_line_over_a_title_over_two_lines() -> None:
    """大河乡人民政府 / 关于2024年法治政府建设 / 情况的报告: three lines, one title."""
    parsed = imported(lines(title=("柳湾镇人民政府", "关于2024年法治政府建设", "情况的报告")))
    assert parsed.report.full_title == "柳湾镇人民政府关于2024年法治政府建设情况的报告"
    assert parsed.report.organ == "柳湾镇人民政府"
    assert parsed.report.addressees == ["中共临溪县委", "临溪县人民政府"]


@pytest.mark.parametrize(
    ("opening", "organ"),
    [
        (
            "2024年，石桥街道党工委、办事处坚持以习近平法治思想为引领，推进法治建设。",
            "石桥街道办事处",
        ),
        ("东岚区深入学习贯彻习近平法治思想，2024年法治政府建设取得新进展。", "东岚区人民政府"),
        ("2024年，在县委、县政府的坚强领导下，柳湾镇坚持依法行政。", "柳湾镇人民政府"),
        ("2024年，东岚区司法局在区委、区政府的领导下，认真履行职责。", "东岚区司法局"),
        ("2024年，云溪经济开发区坚持法治引领，优化营商环境。", "云溪经济开发区管理委员会"),
    ],
)
def test_no_title_and_no_organ_line_the_opening_names_the_organ(opening: str, organ: str) -> None:
    parsed = imported(lines(title=(), addressees=(), opening=(opening,), signature=()))
    assert parsed.report.title == ""
    assert parsed.report.organ == organ
    assert parsed.report.opening == [opening]
    assert parsed.report.year == 2024
    assert notes_about(parsed, "请核对 organ")


@pytest.mark.parametrize(
    "opening",
    [
        "一年来，柳湾镇深入贯彻《法治乡村建设三年行动方案（2023—2027年）》，推进依法行政。",
        "柳湾镇认真落实《法治政府建设实施纲要（2021-2025年）》，扎实推进“八五”普法（2021—2025年）。",
    ],
)
def test_the_year_is_never_a_year_of_a_cited_title_or_range(opening: str) -> None:
    parsed = imported(lines(title=("柳湾镇法治政府建设工作情况报告",), opening=(opening,)))
    assert parsed.report.year == 2024  # from the date 2025年1月20日, not 2027 or 2025
    assert notes_about(parsed, "按成文日期推定为 2024 年度")
    cited = "关于贯彻落实《法治政府建设实施纲要（2021—2025年）》2024年度情况的报告"
    assert imported(lines(title=(cited,))).report.year == 2024


def test_a_self_reference_resolves_to_the_place_the_text_names() -> None:
    opening = "2024年，我镇坚持以习近平法治思想为指导，扎实推进法治政府建设。"
    measures = [*MEASURES[:2], "严格落实《柳湾镇重大行政决策程序规定》，全年研究重大事项12件。"]
    parsed = imported(
        lines(opening=(opening,), parts=(DUTY, measures, SHORTCOMINGS, PLANS), signature=())
    )
    assert parsed.report.organ == "柳湾镇人民政府"
    (note,) = notes_about(parsed, "自称")
    assert "“我镇”" in note and "“柳湾镇”" in note and "请核对 organ" in note


@pytest.mark.parametrize(
    "opening",
    [
        "2024年，我镇坚持以习近平法治思想为指导，扎实推进法治政府建设。",
        "一年来，全镇上下深入学习贯彻习近平法治思想。",
    ],
)
def test_a_self_reference_nothing_resolves_stays_empty_with_a_note(opening: str) -> None:
    plans = [PLANS[0], PLANS[1].replace("柳湾镇", "我镇")]  # no place named anywhere
    parsed = imported(
        lines(opening=(opening,), parts=(DUTY, MEASURES, SHORTCOMINGS, plans), signature=())
    )
    assert parsed.report.organ is None  # never 我镇人民政府
    (note,) = notes_about(parsed, "organ 暂为空")
    assert "自称" in note
    assert not notes_about(parsed, "没有找到发文机关")  # said once


def test_ben_ju_resolves_to_the_department_the_text_names_in_full() -> None:
    opening = "2024年，本局在县委、县政府的领导下，认真履行法治政府建设职责。"
    measures = [
        "二、主要举措和成效",
        "印发《临溪县市场监督管理局行政处罚裁量权基准》，全年办案126件。",
    ]
    parsed = imported(
        lines(opening=(opening,), parts=(DUTY, measures, SHORTCOMINGS, PLANS), signature=())
    )
    assert parsed.report.organ == "临溪县市场监督管理局"


@pytest.mark.parametrize(
    ("title", "signature", "organ"),
    [
        ("云溪高新区2024年法治政府建设工作报告", (), "云溪高新区管理委员会"),
        ("2024年度松岗经济开发区法治政府建设情况报告", (), "松岗经济开发区管理委员会"),
        (
            TITLE,
            ("中共松岗经济开发区工作委员会", "松岗经济开发区管理委员会"),
            "松岗经济开发区管理委员会",
        ),
        (TITLE, ("松岗经济开发区党工委", "松岗经济开发区管委会"), "松岗经济开发区管理委员会"),
        ("白沙乡党委、政府关于2024年度法治政府建设工作情况的报告", (), "白沙乡人民政府"),
    ],
)
def test_zones_have_a_management_committee_and_titles_name_organs(
    title: str, signature: tuple[str, ...], organ: str
) -> None:
    parsed = imported(lines(title=(title,), signature=signature))
    assert parsed.report.organ == organ
    assert parsed.report.signatories == list(signature)


WEB_ABOVE = (
    "当前位置：首页 > 政务公开 > 法治政府建设",
    "索引号：11341122MB1234567X/2025-00015",
    "发布机构：柳湾镇人民政府",
)
WEB_UNDER_TITLE = (
    "时间：2025-03-05 09:12  浏览量：356",
    "日期：2025-02-20  来源：柳湾镇人民政府",
    "信息来源：柳湾镇党政办",
    "字号：大 中 小",
    "【字体：大 中 小】",
    "打印本页",
)
WEB_BELOW = (
    "【打印】【关闭】",
    "分享到：",
    "扫一扫在手机打开当前页",
    "上一篇：柳湾镇2024年工作总结",
)


def test_web_lines_are_left_out_and_each_is_named() -> None:
    parsed = imported(
        [
            *WEB_ABOVE,
            TITLE,
            *WEB_UNDER_TITLE,
            TITLE,
            ADDRESSEES,
            OPENING,
            *lines(title=(), addressees=(), opening=()),
            *WEB_BELOW,
        ]
    )
    report = parsed.report
    assert report.full_title == TITLE
    assert report.opening == [OPENING]
    assert report.addressees == ["中共临溪县委", "临溪县人民政府"]
    assert (report.signatories, report.date) == (SIGNATURE, dt.date(2025, 1, 20))
    assert report.parts[-1].content == [PLANS[1]]
    for line in (*WEB_ABOVE, *WEB_UNDER_TITLE, *WEB_BELOW):
        assert notes_about(parsed, f"“{one_space(line)[:30]}”是网页信息"), line
    assert notes_about(parsed, "与标题重复")


def test_page_numbers_and_the_printing_line_of_a_printed_copy_are_left_out() -> None:
    measures = [*MEASURES[:3], "— 2 —", "分享到：", *MEASURES[3:]]
    below = ("抄送：县委全面依法治县委员会办公室。", "柳湾镇党政综合办公室      2025年1月21日印发")
    parsed = imported(lines(parts=(DUTY, measures, SHORTCOMINGS, PLANS), below=below))
    assert parsed.report.parts[1].sections[0].content == [MEASURES[2]]
    assert parsed.report.date == dt.date(2025, 1, 20)
    assert parsed.report.note == "抄送：县委全面依法治县委员会办公室。"
    assert notes_about(parsed, "“— 2 —”是页码")
    assert notes_about(parsed, "是版记")


@pytest.mark.parametrize(
    ("signature", "date"),
    [
        (("中共柳湾镇委员会（盖章）", "柳湾镇人民政府（盖章）"), (DATE,)),
        (("中共柳湾镇委员会（盖章）    柳湾镇人民政府（盖章）",), (DATE,)),
        ((), ("中共柳湾镇委员会（盖章）    柳湾镇人民政府（盖章）    2025年1月20日",)),
    ],
)
def test_signature_lines_ending_in_gaizhang(
    signature: tuple[str, ...], date: tuple[str, ...]
) -> None:
    parsed = imported(lines(signature=signature, date=date))
    assert parsed.report.signatories == SIGNATURE
    assert parsed.report.date == dt.date(2025, 1, 20)
    assert notes_about(parsed, "是盖章位置的提示")


def test_three_signing_organs() -> None:
    three = ("中共柳湾镇委员会", "柳湾镇人民政府", "柳湾镇人民代表大会主席团")
    parsed = imported(lines(signature=three))
    assert parsed.report.signatories == list(three)
    assert parsed.report.organ == "柳湾镇人民政府"
    short = imported(lines(signature=("中共柳湾镇委员会  柳湾镇人民政府  柳湾镇人大主席团",)))
    assert short.report.signatories == ["中共柳湾镇委员会", "柳湾镇人民政府", "柳湾镇人大主席团"]


def test_the_date_line_above_the_signature() -> None:
    parsed = imported(lines(signature=(), date=(DATE, *SIGNATURE)))
    assert parsed.report.signatories == SIGNATURE
    assert parsed.report.date == dt.date(2025, 1, 20)
    assert parsed.report.parts[-1].content == [PLANS[1]]


ATTACHED = ["柳湾镇2024年行政执法案件统计表", "柳湾镇2024年普法活动一览表"]


@pytest.mark.parametrize(
    ("where", "typed", "moved"),
    [
        ("below", ("附件：1.柳湾镇2024年行政执法案件统计表", "2.柳湾镇2024年普法活动一览表"), True),
        (
            "below",
            ("附件：", "1.柳湾镇2024年行政执法案件统计表", "2、柳湾镇2024年普法活动一览表"),
            True,
        ),
        (
            "below",
            ("附件1：柳湾镇2024年行政执法案件统计表", "附件2：柳湾镇2024年普法活动一览表"),
            True,
        ),
        (
            "above",
            ("附件：1.柳湾镇2024年行政执法案件统计表", "2.柳湾镇2024年普法活动一览表"),
            False,
        ),
    ],
)
def test_attachment_lines_are_kept_as_attachments(
    where: str, typed: tuple[str, ...], moved: bool
) -> None:
    if where == "below":  # after the date, as clerks type them
        parsed = imported(lines(below=(*typed, "（此件公开发布）")))
    else:  # under the body, above the signature (GB/T 9704 7.3.4)
        parsed = imported(lines(signature=(*typed, *SIGNATURE)))
    report = parsed.report
    assert report.attachments == ATTACHED
    assert (report.signatories, report.date) == (SIGNATURE, dt.date(2025, 1, 20))
    assert report.parts[-1].content == [PLANS[1]]
    (note,) = notes_about(parsed, "附件说明（2 个附件）读入 attachments")
    assert ("已按 GB/T 9704 放在正文之下" in note) is moved
    if where == "below":
        assert report.note == "（此件公开发布）"


def test_a_single_attachment_and_a_mention_of_attachments_in_the_text() -> None:
    parsed = imported(lines(below=("附件：柳湾镇2024年法治建设工作台账",)))
    assert parsed.report.attachments == ["柳湾镇2024年法治建设工作台账"]
    mention = ["四、2025年工作安排", "各项安排详见附件。"]
    plain = imported(lines(parts=(DUTY, MEASURES, SHORTCOMINGS, mention)))
    assert plain.report.attachments == []
    assert plain.report.parts[-1].content == ["各项安排详见附件。"]


def test_attachment_numbers_out_of_order_are_renumbered_and_said() -> None:
    typed = ("附件：1.柳湾镇2024年行政执法案件统计表", "3.柳湾镇2024年普法活动一览表")
    parsed = imported(lines(below=typed))
    assert parsed.report.attachments == ATTACHED
    assert notes_about(parsed, "附件序号“1.”“3.”不连续")


def test_a_topic_heading_without_number_among_numbered_parts() -> None:
    plans = ["锚定目标任务，谋划来年工作", PLANS[1]]
    parsed = imported(lines(parts=(DUTY, MEASURES, SHORTCOMINGS, plans)))
    assert kinds(parsed) == KINDS
    assert parsed.report.parts[3].heading == "锚定目标任务，谋划来年工作"
    assert parsed.report.parts[2].content[-1] != plans[0]
    (note,) = notes_about(parsed, "没有编号")
    assert "“锚定目标任务，谋划来年工作”" in note and "四、" in note
    named = ["下一步工作打算", PLANS[1]]
    assert kinds(imported(lines(parts=(DUTY, MEASURES, SHORTCOMINGS, named)))) == KINDS


def test_an_unnumbered_heading_over_sections_numbered_again() -> None:
    again = [
        "强化队伍建设",
        "（一）加强培训",
        "全年组织执法人员培训4期。",
        "（二）充实力量",
        "新增执法人员3名。",
    ]
    parsed = imported(lines(parts=(DUTY, MEASURES, again, SHORTCOMINGS, PLANS)))
    assert parsed.report.parts[2].heading == "强化队伍建设"
    assert [s.title for s in parsed.report.parts[2].sections] == ["加强培训", "充实力量"]
    assert kinds(parsed) == ["duty", "measures", "measures", "shortcomings", "plans"]


def test_a_first_part_without_number_over_its_sections() -> None:
    first = ["一年来的主要工作", *MEASURES[1:]]
    rest = [
        line.replace("三、", "二、").replace("四、", "三、") for line in (*SHORTCOMINGS, *PLANS)
    ]
    parsed = imported(lines(parts=(first, rest)))
    assert parsed.report.opening == [OPENING]
    assert parsed.report.parts[0].heading == "一年来的主要工作"
    assert kinds(parsed) == ["measures", "shortcomings", "plans"]


def test_parts_that_all_lost_their_numbers() -> None:
    measures = [MEASURES[0], MEASURES[2], MEASURES[4]]  # no （一） either
    bare = [
        [line.split("、", 1)[1] if line[1:2] == "、" else line for line in part]
        for part in (DUTY, measures, SHORTCOMINGS, PLANS)
    ]
    parsed = imported(lines(parts=tuple(bare)))
    assert parsed.report.opening == [OPENING]
    assert kinds(parsed) == KINDS
    assert parsed.report.parts[1].content == [MEASURES[2], MEASURES[4]]


def test_short_lines_inside_a_part_stay_text() -> None:
    measures = [*MEASURES[:3], "主要成效", "决策合法性审查率100%。", *MEASURES[3:]]
    parsed = imported(lines(parts=(DUTY, measures, SHORTCOMINGS, PLANS)))
    assert kinds(parsed) == KINDS
    assert "主要成效" in parsed.report.parts[1].sections[0].content


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            ("一、", "二、", "四、", "五、"),
            ["“四、存在的不足和原因”改为“三、”", "“五、2025年工作安排”改为“四、”"],
        ),
        (
            ("一、", "二、", "二、", "三、"),
            ["“二、存在的不足和原因”改为“三、”", "“三、2025年工作安排”改为“四、”"],
        ),
    ],
)
def test_parts_numbered_out_of_order_are_renumbered_and_quoted(
    typed: tuple[str, ...], said: list[str]
) -> None:
    parts = tuple(
        [number + part[0][2:], *part[1:]]
        for number, part in zip(typed, (DUTY, MEASURES, SHORTCOMINGS, PLANS), strict=True)
    )
    parsed = imported(lines(parts=parts))
    assert kinds(parsed) == KINDS
    (note,) = notes_about(parsed, "原文编号不连续或重复")
    for quoted in said:
        assert quoted in note


def test_subitems_numbered_out_of_order_are_renumbered_and_quoted() -> None:
    measures = [
        *MEASURES[:2],
        "1.发挥法律顾问作用",
        "（1）列席会议",
        "法律顾问列席会议21次。",
        "（2）审查合同",
        "审查合同协议35份。",
        "（4）出具意见",
        "出具法律意见书14份。",
        *MEASURES[3:],
    ]
    parsed = imported(lines(parts=(DUTY, measures, SHORTCOMINGS, PLANS)))
    item = parsed.report.parts[1].sections[0].items[0]
    assert [sub.title for sub in item.subitems] == ["列席会议", "审查合同", "出具意见"]
    (note,) = notes_about(parsed, "原文编号不连续或重复")
    assert "“（4）出具意见”改为“（3）”" in note


def test_an_incomplete_masthead_is_said_not_lost() -> None:
    parsed = imported(lines(above=("柳湾镇人民政府文件",)))
    assert parsed.report.masthead is None
    assert notes_about(parsed, "版头不完整（“柳湾镇人民政府文件”）")


SHAPES = [
    lines(above=("柳湾镇人民政府",)),
    [
        *WEB_ABOVE,
        TITLE,
        *WEB_UNDER_TITLE,
        TITLE,
        OPENING,
        *lines(title=(), addressees=(), opening=()),
        *WEB_BELOW,
    ],
    lines(
        parts=(DUTY, [*MEASURES[:3], "— 2 —", *MEASURES[3:]], SHORTCOMINGS, PLANS),
        below=("柳湾镇党政办  2025年1月21日印发",),
    ),
    lines(
        signature=("中共柳湾镇委员会（盖章）", "柳湾镇人民政府（盖章）"),
        below=("附件：1.甲表", "2.乙表"),
    ),
    lines(parts=(DUTY, MEASURES, SHORTCOMINGS, ["下一步工作打算", PLANS[1]])),
    lines(above=("柳湾镇人民政府文件",), date=(DATE, *SIGNATURE), signature=()),
]


@pytest.mark.parametrize("source", SHAPES)
def test_nothing_of_the_source_is_lost_without_a_note(source: list[str]) -> None:
    """Every line is in the report as built (numbering aside), or quoted in a note."""
    from reportgen.render.plaintext import render_text

    parsed = imported(source)
    built = one_space(render_text(parsed.report).decode("utf-8"))
    said = one_space("".join(parsed.notes))
    for line in source:
        heading = read_heading(line)
        text = one_space(heading.text if heading else line)
        assert text in built or f"“{text[:30]}”" in said or text in said, line


def test_parts_headed_di_yi_bu_fen() -> None:
    parts = tuple(
        [f"第{number}部分 {part[0][2:]}", *part[1:]]
        for number, part in zip("一二三四", (DUTY, MEASURES, SHORTCOMINGS, PLANS), strict=True)
    )
    parsed = imported(lines(parts=parts))
    assert kinds(parsed) == KINDS
    assert parsed.report.parts[3].heading == "2025年工作安排"
    assert "“第一部分”“第二部分”“第三部分”“第四部分”已按“一、”“二、”“三、”“四、”的编号读入。" in (
        parsed.notes
    )


@pytest.mark.parametrize(
    "line",
    [
        "2025-03-28 10:25 来源：柳湾镇人民政府",
        "2025-03-28 10:25:36",
        "【来源：柳湾镇党政办】",
        "阅读：1024",
        "主办：临溪县人民政府办公室  承办：临溪县大数据中心",
        "豫ICP备12345678号",
        "相关附件：",
        "标题：\t柳湾镇2024年法治政府建设情况报告",
    ],
)
def test_more_web_lines(line: str) -> None:
    parsed = imported(lines(addressees=(line, ADDRESSEES), below=(line,)))
    assert parsed.report.opening == [OPENING]
    assert parsed.report.date == dt.date(2025, 1, 20)
    assert len(notes_about(parsed, f"“{one_space(line)[:30]}”是网页信息")) == 2


def test_a_self_reference_later_in_the_opening() -> None:
    opening = "根据督察工作规定要求，现将我镇2024年度法治政府建设情况报告如下："
    parsed = imported(lines(opening=(opening,), signature=()))
    assert parsed.report.organ == "柳湾镇人民政府"  # the plans part names 柳湾镇
    assert notes_about(parsed, "报告以“我镇”自称")


def test_a_contact_line_after_the_date_is_a_note_not_a_web_line() -> None:
    parsed = imported(lines(below=("联系电话：0371-6123456",)))
    assert parsed.report.note == "联系电话：0371-6123456"


@pytest.mark.parametrize(
    "plans",
    [
        [
            "持续深化法治建设，奋力开创新局面",
            "下一步，柳湾镇将继续加强法治队伍建设，创新普法方式。",
        ],
        [
            "聚焦短板精准发力，推动法治建设提质增效",
            "2025年，柳湾镇将着力补齐短板，深化法治乡村建设。",
        ],
    ],
)
def test_a_slogan_heading_without_number_is_read_by_what_its_text_tells(plans: list[str]) -> None:
    parsed = imported(lines(parts=(DUTY, MEASURES, SHORTCOMINGS, plans)))
    assert kinds(parsed) == KINDS
    assert parsed.report.parts[3].heading == plans[0]


def test_sub_headings_without_numbers_inside_a_part_stay_text() -> None:
    """The heads' duty and the measures are what a part's own bold sub-headings name."""
    duty = [
        DUTY[0],
        DUTY[1],
        "带头学法用法，提升法治素养",
        "全年组织党委理论学习中心组学法4次，开展法治讲座2场。",
        "主要成效",
        "全镇干部法治考试参考率100%。",
    ]
    parsed = imported(lines(parts=(duty, MEASURES, SHORTCOMINGS, PLANS)))
    assert kinds(parsed) == KINDS
    assert parsed.report.parts[0].content[-4:] == duty[2:]


def test_a_date_line_without_its_day() -> None:
    parsed = imported(lines(date=("2025年1月",)))
    assert parsed.report.signatories == SIGNATURE
    assert parsed.report.date is None
    assert parsed.report.parts[-1].content == [PLANS[1]]
    (note,) = notes_about(parsed, "没有写到日")
    assert "“2025年1月”" in note
    assert not notes_about(parsed, "没有找到成文日期")


@pytest.mark.parametrize(
    ("written", "why"),
    [
        ("2025年2月30日", "2月只有28天"),
        ("2024年4月31日", "4月只有30天"),
        ("2025年13月5日", "没有13月"),
    ],
)
def test_a_date_line_of_a_day_that_does_not_exist_keeps_the_signature(
    written: str, why: str
) -> None:
    parsed = imported(lines(date=(written,)))
    assert parsed.report.signatories == SIGNATURE
    assert parsed.report.date is None
    assert parsed.report.parts[-1].content == [PLANS[1]]
    (note,) = notes_about(parsed, "不存在")
    assert f"“{written}”" in note and why in note


def test_an_organ_line_under_the_title_gives_the_organ_and_is_said() -> None:
    parsed = imported(
        lines(title=(TITLE, "柳湾镇人民政府", "（2025年1月20日）"), signature=(), date=())
    )
    assert parsed.report.full_title == TITLE
    assert parsed.report.organ == "柳湾镇人民政府"
    assert parsed.report.date == dt.date(2025, 1, 20)
    assert notes_about(parsed, "“柳湾镇人民政府”读作发文机关（organ）")


def test_a_breadcrumb_without_its_label_is_a_web_line() -> None:
    parsed = imported(lines(above=("首页 > 政务公开 > 法治政府建设",)))
    assert notes_about(parsed, "“首页 > 政务公开 > 法治政府建设”是网页信息")


def test_part_headings_typed_with_a_comma_or_a_colon() -> None:
    parts = (
        ["一，" + DUTY[0][2:], *DUTY[1:]],
        ["二：" + MEASURES[0][2:], *MEASURES[1:]],
        SHORTCOMINGS,
        PLANS,
    )
    parsed = imported(lines(parts=parts))
    assert kinds(parsed) == KINDS
    assert parsed.report.opening == [OPENING]
    assert notes_about(parsed, "“一，”“二：”写法不规范，已按“一、”“二、”的写法读入")
    # a paragraph that starts so is text
    text = "一，二年级学生参加法治课堂。"
    plain = imported(lines(parts=(DUTY, MEASURES, SHORTCOMINGS, [PLANS[0], text])))
    assert plain.report.parts[-1].content == [text]


def test_the_attachments_own_text_after_the_report() -> None:
    attached = (
        "附件1",
        "柳湾镇2024年行政执法案件统计表",
        "序号 执法事项 案件数",
        "1 行政处罚 23",
        "附件2",
        "柳湾镇2024年普法活动一览表",
        "开展普法活动36场。",
    )
    parsed = imported(lines(below=("（此件公开发布）", *attached)))
    report = parsed.report
    assert (report.signatories, report.date) == (SIGNATURE, dt.date(2025, 1, 20))
    assert report.note == "（此件公开发布）"
    assert report.attachments == [attached[1], attached[5]]
    assert report.parts[-1].content == [PLANS[1]]
    (note,) = notes_about(parsed, "是附件的正文")
    assert "“附件1”起 7 行" in note


def test_addressees_over_two_lines_or_run_into_the_opening() -> None:
    wrapped = imported(lines(addressees=("中共临溪县委、", "临溪县人民政府：")))
    assert wrapped.report.addressees == ["中共临溪县委", "临溪县人民政府"]
    assert wrapped.report.opening == [OPENING]
    run_on = imported(lines(addressees=(), opening=(ADDRESSEES + OPENING,)))
    assert run_on.report.addressees == ["中共临溪县委", "临溪县人民政府"]
    assert run_on.report.opening == [OPENING]
    assert notes_about(run_on, "连在了一行")
