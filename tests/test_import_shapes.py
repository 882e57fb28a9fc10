"""Import of reports as other places write them: each shape with the data it must give.

The reports are written for these tests (invented places: 柳湾镇, 石桥街道, 东岚区,
临溪县 …); each test changes one thing of a plain report and checks what import reads.
"""

from __future__ import annotations

import datetime as dt

import pytest

from reportgen.importing.parse import Parsed, parse
from reportgen.importing.read import Paragraph

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


def test_the_organ_alone_on_a_line_above_the_title() -> None:
    parsed = imported(lines(above=("柳湾镇人民政府",), signature=("柳湾镇人民政府",)))
    assert parsed.report.organ == "柳湾镇人民政府"
    assert parsed.report.full_title == TITLE
    joint = imported(lines(above=("中共柳湾镇委员会", "柳湾镇人民政府")))
    assert joint.report.organ == "柳湾镇人民政府"
    assert joint.report.full_title == TITLE


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
