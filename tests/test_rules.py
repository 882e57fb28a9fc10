"""Every rule: texts that must trigger it and texts that must not (as ruff's fixtures)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from rulecases import CLEAN, report_from

from reportgen.rules import ALL_RULES, Finding, check


@pytest.fixture
def findings() -> Callable[..., list[Finding]]:
    """findings(text=…) puts `text` into a measures paragraph; findings(change=fn) edits the data."""

    def run(
        text: str | None = None, change: Callable[[dict[str, Any]], None] | None = None
    ) -> list[Finding]:
        data = copy.deepcopy(CLEAN)
        if text is not None:
            data["parts"][1]["content"][0] = text
        if change is not None:
            change(data)
        return check(report_from(data))

    return run


def codes(found: list[Finding]) -> list[str]:
    return [f.code for f in found]


def test_the_clean_report_is_clean(findings: Callable[..., list[Finding]]) -> None:
    assert findings() == []


# (code, text put into a measures paragraph, fixed text or None when the rule cannot fix)
TEXT_TRIGGERS = [
    ("C003", "共开展活动XX次。", None),
    ("C003", "发放宣传材料××份。", None),
    ("C003", "【此处补充数据】全年开展活动。", None),
    ("C003", "具体成效待补充。", None),
    ("C005", "恳请县委、县政府给予支持。", None),
    ("C005", "以上事项请予批准。", None),
    ("C005", "妥否，请批示。", None),
    ("T001", "推进法制建设取得成效。", "推进法治建设取得成效。"),
    ("T001", "开展法制宣传5次。", "开展法治宣传5次。"),
    ("T001", "加强青少年法制教育。", "加强青少年法治教育。"),
    ("T001", "举办法制讲座。", "举办法治讲座。"),
    ("T001", "提升干部法制素养，营造浓厚法制氛围。", "提升干部法治素养，营造浓厚法治氛围。"),
    ("T001", "把各项工作纳入法制轨道。", "把各项工作纳入法治轨道。"),
    ("T002", "截止目前，共化解纠纷79起。", "截至目前，共化解纠纷79起。"),
    ("T002", "截止到12月底，共化解纠纷。", "截至12月底，共化解纠纷。"),
    (
        "T003",
        "落实《党政主要负责人履行推进法治建设第一责任人职责的规定》。",
        "落实《党政主要负责人履行推进法治建设第一责任人职责规定》。",
    ),
    (
        "T003",
        "学习《法治政府建设实施纲要（2021—2025）》。",
        "学习《法治政府建设实施纲要（2021—2025年）》。",
    ),
    ("P001", "各村(社区)积极参与。", "各村（社区）积极参与。"),
    ("P001", "推进安装,配合公安机关。", "推进安装，配合公安机关。"),
    ("P001", "建立防线;健全机制。", "建立防线；健全机制。"),
    ("P001", "主要做法:一是学习。", "主要做法：一是学习。"),
    ("P001", "成效如何?还需检验。", "成效如何？还需检验。"),
    ("P002", '开设"法治大讲堂"。', "开设“法治大讲堂”。"),
    ("P003", "学习《宪法》、《民法典》。", "学习《宪法》《民法典》。"),
    (
        "P004",
        "落实《法治政府建设实施纲要（2021-2025年）》。",
        "落实《法治政府建设实施纲要（2021—2025年）》。",
    ),
    ("P004", "2021~2025年规划。", "2021—2025年规划。"),
    ("P005", "1、开展学法活动。", None),
    ("P005", "全年工作如下：一、加强学习。", None),
    ("P005", "（一）、加强学习。", "（一）加强学习。"),
    ("P009", "全年开展\u200b法治宣传。", "全年开展法治宣传。"),
    ("P009", "依法\u202e行政\u202c。", "依法行政。"),
    ("P009", "\ufeff全年开展法治宣传。", "全年开展法治宣传。"),
    ("P009", "全年开展\x9b法治宣传。", "全年开展法治宣传。"),  # C1: a terminal's ESC [
    ("P009", "全年开展\x7f法治宣传\x85。", "全年开展法治宣传。"),
]

# (code, text that looks close but must not trigger the rule)
TEXT_CLEAN = [
    ("C003", "Exxon 公司和 XXL 型号设备。"),
    ("C003", "完成补充材料的审核。"),
    ("C005", "请各村认真落实。"),
    ("T001", "严格落实重大执法决定法制审核制度。"),
    ("T001", "镇政府法制机构负责合法性审查。"),
    ("T001", "健全社会主义法制，加强法制审核队伍建设。"),
    ("T002", "申报截止时间为3月1日。"),
    ("T003", "学习《法治政府建设实施纲要（2021—2025年）》。"),
    ("T003", "学习《宪法》和《中华人民共和国民法典》。"),
    ("T003", "落实《党政主要负责人履行推进法制建设第一责任人职责规定》。"),  # T001's
    ("P001", "“6.26”禁毒日和“12.4”宪法宣传日。"),
    ("P001", "普及“国家反诈中心”App，覆盖1,000人。"),
    ("P001", "会议时间 9:30，做好 COVID-19 (SARS-CoV-2) 防控。"),
    ("P002", "全部使用“弯引号”。"),
    ("P003", "学习《宪法》《民法典》。"),
    ("P003", "“法治大讲堂”、“以案释法”等活动。"),
    ("P004", "2021—2025年规划。"),
    ("P004", "电话 0391-8888-1234。"),
    ("P005", "一是加强学习，二是强化宣传。"),
    ("P005", "第1、2季度共开展活动。"),
    ("P009", "全年开展\u3000法治宣传，推进“12·4”宪法宣传日。"),  # visible space and dot
]


@pytest.mark.parametrize(("code", "text", "fixed"), TEXT_TRIGGERS)
def test_text_triggers(
    findings: Callable[..., list[Finding]], code: str, text: str, fixed: str | None
) -> None:
    found = [f for f in findings(text=text) if f.code == code]
    assert found, f"{code} did not trigger on {text!r}"
    assert all(f.path == ("parts", 1, "content", 0) for f in found)
    fixes = [f.fix for f in found if f.fix]
    if fixed is None:
        assert not fixes
        return
    result = text
    for fix in sorted(fixes, key=lambda x: x.start, reverse=True):
        result = result[: fix.start] + fix.replacement + result[fix.end :]
    assert result == fixed


@pytest.mark.parametrize(("code", "text"), TEXT_CLEAN)
def test_text_does_not_trigger(
    findings: Callable[..., list[Finding]], code: str, text: str
) -> None:
    assert code not in codes(findings(text=text))


def _drop(kind: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        data["parts"] = [p for p in data["parts"] if p["kind"] != kind]

    return change


def _set(*path_and_value: Any) -> Callable[[dict[str, Any]], None]:
    *path, value = path_and_value

    def change(data: dict[str, Any]) -> None:
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _remove(key: str) -> Callable[[dict[str, Any]], None]:
    return lambda data: data.pop(key, None)


def _organ(organ: str, *addressees: str) -> Callable[[dict[str, Any]], None]:
    """A report of another organ (its level decides C006), with this addressee line."""

    def change(data: dict[str, Any]) -> None:
        data.update(organ=organ, signatories=[organ], addressees=list(addressees))

    return change


STRUCTURE_TRIGGERS = [
    ("C001", _drop("duty")),
    ("C001", _drop("plans")),
    ("C002", _set("parts", 2, "content", ["法治宣传形式单一，专业力量薄弱。"])),
    (
        "C004",
        _set(
            "parts", 1, "content", ["全年开展法治宣传活动30余次。", "全年开展法治宣传活动30余次。"]
        ),
    ),
    ("C006", _set("addressees", ["博爱县司法局"])),
    ("C006", _set("addressees", ["博爱县人民政府"])),
    ("C006", _set("addressees", ["中共柏山镇委员会", "柏山镇人民政府"])),  # its own level
    ("C006", _organ("金桥街道办事处", "中共澜江区委")),
    ("C006", _organ("云岭县人民政府", "云岭县人大常委会")),
    ("C006", _organ("松川县司法局", "中共松川县委")),
    ("R001", _set("title", "")),
    ("R001", _set("title", "  ")),
    ("R002", _remove("addressees")),
    ("R003", _set("opening", [])),
    ("R004", _remove("signatories")),
    ("R005", _remove("date")),
    ("R006", _remove("organ")),
    ("D001", _set("date", "2023-01-28")),
    ("D001", _set("date", "2025-01-28")),
    ("D002", _set("date", "2024-03-15")),
    ("P005", _set("parts", 1, "heading", "二、主要举措和成效")),
    ("M001", _set("masthead", {"mark": "柏山镇人民政府文件", "number": "柏政〔2024〕3号"})),
    (
        "M002",
        _set(
            "masthead", {"mark": "柏山镇人民政府文件", "number": "柏政[2024]03号", "signer": "王某"}
        ),
    ),
    ("F001", _set("organ", "../../../tmp/evil/柏山镇人民政府")),
    ("F001", _set("organ", "柏山镇\n人民政府")),
    ("F001", _set("organ", "柏山镇人民政府\x85")),
    ("F001", _set("title", "关于2023年法治政府建设情况的报告<草稿>")),
    ("F002", _set("title", "关于2023年" + "法治政府建设" * 12 + "情况的报告")),
]

STRUCTURE_CLEAN = [
    ("C001", _drop("other")),
    # a thematic report: the plans are a section under a topic part, named as plans
    (
        "C001",
        lambda data: (
            data["parts"][2].update(
                sections=[{"title": "下一步工作打算", "content": ["2024年，柏山镇将继续推进。"]}]
            )
            or data["parts"].pop(3)
        ),
    ),
    ("C002", _set("parts", 2, "content", ["专业力量薄弱，主要是由于编制有限。"])),
    (
        "C004",
        _set(
            "parts", 1, "content", ["全年开展法治宣传活动30余次。", "解答群众法律咨询1000多人次。"]
        ),
    ),
    ("C006", _set("addressees", ["中共博爱县委员会", "博爱县人民政府"])),
    ("C006", _set("addressees", ["中共沁阳市委", "沁阳市人民政府"])),
    # who reports to whom depends on the organ's level: each right line passes
    ("C006", _organ("青石镇人民政府", "中共澜江区委", "澜江区人民政府")),  # a district's town
    ("C006", _organ("白鹭乡人民政府", "中共鹤平县委", "鹤平县人民政府")),
    ("C006", _organ("金桥街道办事处", "中共澜江区委", "澜江区人民政府")),
    ("C006", _organ("云岭县人民政府", "中共云岭县委", "云岭县人大常委会")),
    ("C006", _organ("澜江区人民政府", "中共澜江区委", "澜江区人大常委会")),
    ("C006", _organ("澜江区人民政府", "中共澄州市委", "澄州市人民政府")),
    ("C006", _organ("松川县司法局", "松川县人民政府", "松岭市司法局")),
    ("C006", _organ("澜江区市场监督管理局", "中共澜江区委", "澜江区人民政府")),
    ("C006", _organ("枫林县卫生健康委员会", "中共枫林县委", "枫林县人民政府")),
    ("C006", _organ("云岭县自然资源局", "澄州市自然资源局")),
    ("C006", _remove("addressees")),  # R002's concern
    ("R001", _remove("title")),  # the default title
    ("R001", _set("title", "柏山镇2023年法治政府建设工作情况报告")),
    ("R002", _set("addressees", ["博爱县人民政府"])),
    ("R003", _set("opening", ["2023年，柏山镇扎实推进法治政府建设。"])),
    ("R004", _set("signatories", ["柏山镇人民政府"])),
    ("R005", _set("date", "2024-02-01")),
    ("R006", _set("organ", "柏山镇人民政府")),
    ("D001", _set("date", "2024-02-28")),
    ("D001", _remove("date")),  # R005's concern
    ("D002", _set("date", "2024-03-01")),
    ("D002", _set("date", "2023-06-01")),  # D001's concern, not D002's
    ("P005", _set("parts", 1, "heading", "一年来的主要举措和成效")),
    (
        "M001",
        _set(
            "masthead",
            {"mark": "柏山镇人民政府文件", "number": "柏政〔2024〕3号", "signer": "王某"},
        ),
    ),
    (
        "M002",
        _set(
            "masthead",
            {"mark": "柏山镇人民政府文件", "number": "柏政〔2024〕13号", "signer": "王某"},
        ),
    ),
    ("F001", _set("organ", "柏山镇人民政府（街道办事处）")),
    ("F001", _set("title", "关于2023年法治政府建设情况的报告：补充说明")),
    ("F002", _set("title", "关于2023年" + "法治政府建设" * 9 + "情况的报告")),
]


def test_document_number_fix() -> None:
    data = copy.deepcopy(CLEAN)
    data["masthead"] = {"mark": "柏山镇人民政府文件", "number": "柏政[2024]03号", "signer": "王某"}
    (finding,) = [f for f in check(report_from(data)) if f.code == "M002"]
    assert finding.fix is not None and finding.fix.replacement == "柏政〔2024〕3号"


@pytest.mark.parametrize(("code", "change"), STRUCTURE_TRIGGERS)
def test_structure_triggers(
    findings: Callable[..., list[Finding]], code: str, change: Callable[[dict[str, Any]], None]
) -> None:
    assert code in codes(findings(change=change))


@pytest.mark.parametrize(("code", "change"), STRUCTURE_CLEAN)
def test_structure_does_not_trigger(
    findings: Callable[..., list[Finding]], code: str, change: Callable[[dict[str, Any]], None]
) -> None:
    assert code not in codes(findings(change=change))


def test_every_rule_has_a_trigger_and_a_clean_case() -> None:
    import test_rules_punctuation as punctuation
    import test_rules_terms as terms
    import test_rules_years as years

    triggered = {c for c, *_ in TEXT_TRIGGERS} | {c for c, _ in STRUCTURE_TRIGGERS}
    clean = {c for c, _ in TEXT_CLEAN} | {c for c, _ in STRUCTURE_CLEAN}
    for family in (terms, punctuation, years):
        triggered |= {c for c, *_ in family.TRIGGERS}
        clean |= {c for c, *_ in family.CLEAN}
    for rule in ALL_RULES:
        assert rule.code in triggered, f"{rule.code} has no must-trigger case"
        assert rule.code in clean, f"{rule.code} has no must-not-trigger case"


def test_codes_are_unique_and_fixable_rules_say_so() -> None:
    assert len({r.code for r in ALL_RULES}) == len(ALL_RULES)
    for code, _text, fixed in TEXT_TRIGGERS:
        rule = next(r for r in ALL_RULES if r.code == code)
        if fixed is not None:
            assert rule.fixable, code


def test_select_and_ignore_take_prefixes() -> None:
    data = copy.deepcopy(CLEAN)
    data["parts"][1]["content"][0] = "截止目前开展法制宣传,成效明显。"
    report = report_from(data)
    assert sorted({f.code for f in check(report)}) == ["P001", "T001", "T002"]
    assert {f.code for f in check(report, select=["T"])} == {"T001", "T002"}
    assert {f.code for f in check(report, ignore=["T001", "p"])} == {"T002"}


def test_readme_lists_every_rule() -> None:
    from pathlib import Path

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for rule in ALL_RULES:
        fixes = "yes" if rule.fixable else "no"
        assert f"| {rule.code} | {rule.severity.value} | {rule.summary} | {fixes} |" in readme


def _d001(date: str) -> Finding:
    data = copy.deepcopy(CLEAN)
    data["date"] = date
    (finding,) = [f for f in check(report_from(data)) if f.code == "D001"]
    return finding


def test_december_of_the_report_year_is_a_warning_not_an_error() -> None:
    """A county may ask for the report before the year ends: say so, do not block."""
    finding = _d001("2023-12-20")
    assert finding.severity == "warning"
    assert "年底前报送" in finding.suggestion and "年初报送" not in finding.suggestion


def test_d001_suggests_a_date_early_in_the_next_year() -> None:
    assert _d001("2023-01-28").severity == "error"
    assert "2024-01-28" in _d001("2023-01-28").suggestion
    # a wrong year in June: the suggestion does not say 2024-06-01 “early in the year”
    june = _d001("2023-06-01").suggestion
    assert "2024-06-01" not in june and "1—2月" in june
