"""A folder of reports as a county's office receives them, written for the `review` tests
and the review benchmark: townships, streets, departments and a county, as .docx (made by
reportgen, and typed plainly in Word), .txt and .json, with known faults.

All text is this project's own. `SPECS` says, for each file, what a reviewer should find:
the tests compare `reportgen review` with it, never with the tool's own output.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

COUNTY = "青溪县"
CITY = "云州市"
TOWNSHIP_TO = ["中共青溪县委", "青溪县人民政府"]

_SECTIONS = [
    (
        "健全依法决策机制，规范重大行政决策程序",
        "严格落实重大行政决策公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序，"
        "全年提交集体讨论的重大事项{n}件，均经合法性审查后作出决定。",
    ),
    (
        "严格规范公正文明执法，提升执法质效",
        "全面推行行政执法公示、执法全过程记录和重大执法决定法制审核制度，"
        "组织执法人员参加业务培训{n}人次，执法案卷评查合格率保持在较高水平。",
    ),
    (
        "深化普法宣传教育，营造尊法学法守法用法氛围",
        "围绕宪法宣传周、民法典宣传月等时间节点，深入村组、学校、企业开展法治宣传活动{n}场，"
        "发放宣传资料三千余份，群众法治意识明显增强。",
    ),
    (
        "推进矛盾纠纷多元化解，维护社会和谐稳定",
        "坚持和发展新时代“枫桥经验”，健全人民调解、行政调解和司法调解衔接机制，"
        "全年排查化解矛盾纠纷{n}起，调解成功率达到百分之九十以上。",
    ),
    (
        "加强行政权力制约监督，自觉接受各方监督",
        "认真办理人大代表建议和政协委员提案，主动公开政府信息{n}条，"
        "及时回应群众关切，行政权力运行更加公开透明。",
    ),
    (
        "推进政务服务标准化，优化法治化营商环境",
        "梳理公布政务服务事项清单，推行一次告知、限时办结，"
        "全年办理各类服务事项{n}件，办事群众满意度稳步提升。",
    ),
]

_DUTY = [
    (
        "压实主体责任。",
        "主要负责人把法治建设列入年度重点工作，全年{n}次专题研究法治建设工作，"
        "做到重要工作亲自部署、重大问题亲自过问。",
    ),
    (
        "带头尊法学法。",
        "坚持会前学法制度，领导班子集体学习法律法规{n}次，"
        "以上率下提升运用法治思维和法治方式推动工作的能力。",
    ),
    ("落实述法要求。", "把履行推进法治建设第一责任人职责情况列入年终述职内容，接受干部群众评议。"),
]

_PLANS = [
    ("强化组织保障。", "进一步健全法治建设领导机制，把法治建设任务细化分解到各个岗位。"),
    ("提升执法水平。", "持续开展执法人员轮训，规范执法程序，加强执法监督。"),
    ("深化法治宣传。", "结合群众需求创新宣传形式，推动法治宣传教育走深走实。"),
]


def report_data(
    organ: str,
    year: int,
    *,
    signatories: list[str] | None = None,
    addressees: list[str] | None = None,
    date: dt.date | None = None,
    subject: str | None = None,
    variant: int = 0,
    fault: str | None = None,
) -> dict[str, Any]:
    """One report's data. `fault` names one mistake to make: placeholder, request,
    no_plans, no_causes, fazhi (法制 for 法治 in the text)."""
    n = 11 + variant * 3
    subject = subject or organ
    sections = [_SECTIONS[(variant + i) % len(_SECTIONS)] for i in range(3)]
    measures = [
        {"title": t, "content": [text.format(n=n + i)]} for i, (t, text) in enumerate(sections)
    ]
    if fault == "placeholder":
        measures[1]["content"].append("全年共办理行政复议案件XX件，均在法定期限内办结。")
    if fault == "request":
        measures[2]["content"].append(
            "为保障各项工作顺利开展，恳请县委、县政府在执法经费上给予支持。"
        )
    problems = (
        f"对照法治政府建设要求，{subject}的工作还存在一些不足：一是基层执法力量相对薄弱；"
        "二是法治宣传的针对性有待增强；三是少数干部运用法治方式解决问题的能力还不够强。"
    )
    causes = "究其原因，主要是学习培训不够系统，制度落实的督促检查还不够有力。"
    parts: list[dict[str, Any]] = [
        {
            "kind": "duty",
            "heading": "党政主要负责人履行推进法治建设第一责任人职责情况",
            "content": [
                {
                    "points": [
                        {"lead": lead, "text": text.format(n=2 + variant % 4)}
                        for lead, text in _DUTY
                    ]
                }
            ],
        },
        {"kind": "measures", "heading": "推进法治政府建设的主要举措和成效", "sections": measures},
        {
            "kind": "shortcomings",
            "heading": "存在的不足和原因",
            "content": [problems] if fault == "no_causes" else [problems, causes],
        },
        {
            "kind": "plans",
            "heading": f"{year + 1}年推进法治政府建设的主要安排",
            "content": [{"points": [{"lead": lead, "text": text} for lead, text in _PLANS]}],
        },
    ]
    if fault == "no_plans":
        parts.pop()
    opening = (
        f"{year}年，{subject}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
        f"认真落实{COUNTY}法治政府建设各项部署，各项工作取得了新的进展。"
        f"现将{subject}{year}年度法治政府建设情况报告如下："
    )
    if fault == "fazhi":
        opening = opening.replace("法治政府建设各项部署", "法制建设各项部署")
    return {
        "year": year,
        "organ": organ,
        "signatories": signatories or [organ],
        "addressees": addressees if addressees is not None else TOWNSHIP_TO,
        "title": f"关于{year}年法治政府建设情况的报告",
        "opening": [opening],
        "parts": parts,
        "date": (date or dt.date(year + 1, 1, 20 + variant % 8)).isoformat(),
    }


@dataclass(frozen=True)
class Spec:
    """One file of the folder and what a reviewer should find in it."""

    name: str
    form: str  # docx (made by reportgen), typed (a plain Word file), txt, json, broken, notice
    organ: str | None
    level: str | None  # township, street, county, department
    year: int | None
    verdict: str  # 可以归档, 建议退回修改, 无法读取
    errors: tuple[str, ...] = ()  # rule codes expected, in any order
    warnings: tuple[str, ...] = ()
    addressees: str | None = "fit"  # fit, unfit, missing, unknown; None when unreadable
    missing: tuple[str, ...] = ()  # required contents absent
    duplicate_of: str | None = None
    other_year: bool = False
    data: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


def _township(place: str) -> tuple[str, list[str]]:
    organ = f"{place}人民政府"
    return organ, [f"中共{place}委员会", organ]


def _specs() -> list[Spec]:
    specs: list[Spec] = []

    def add(
        name: str,
        form: str,
        level: str,
        data: dict[str, Any],
        verdict: str = "可以归档",
        **expected: Any,
    ) -> None:
        specs.append(
            Spec(name, form, data["organ"], level, data["year"], verdict, data=data, **expected)
        )

    townships = [
        "石门镇",
        "柳塘镇",
        "白沙镇",
        "龙泉乡",
        "杏花乡",
        "松林镇",
        "桃源镇",
        "梅岭乡",
        "金鸡镇",
    ]
    forms = ["docx", "typed", "txt", "json"]
    for i, place in enumerate(townships[:6]):
        organ, signatories = _township(place)
        data = report_data(organ, 2023, signatories=signatories, subject=place, variant=i)
        add(
            f"{place}2023年法治政府建设情况报告.{_suffix(forms[i % 4])}",
            forms[i % 4],
            "township",
            data,
        )
    organ, signatories = _township("桃源镇")
    add(
        "桃源镇法治政府建设报告.docx",
        "docx",
        "township",
        report_data(
            organ, 2023, signatories=signatories, subject="桃源镇", variant=6, fault="placeholder"
        ),
        "建议退回修改",
        errors=("C003",),
    )
    organ, signatories = _township("梅岭乡")
    add(
        "梅岭乡报告.txt",
        "txt",
        "township",
        report_data(
            organ, 2023, signatories=signatories, subject="梅岭乡", variant=7, fault="no_plans"
        ),
        "建议退回修改",
        errors=("C001",),
        missing=("plans",),
    )
    streets = ["东关街道", "西城街道", "南湖街道", "北山街道"]
    for i, place in enumerate(streets):
        organ = f"青溪县{place}办事处"
        signatories = [f"中共青溪县{place}工作委员会", organ]
        fault = {2: "request"}.get(i)
        addressees = ["青溪县司法局"] if i == 3 else None
        data = report_data(
            organ,
            2023,
            signatories=signatories,
            addressees=addressees,
            subject=place,
            variant=i + 8,
            fault=fault,
        )
        form = forms[(i + 1) % 4]
        if fault:
            add(f"{place}.{_suffix(form)}", form, "street", data, "建议退回修改", errors=("C005",))
        elif addressees:
            add(
                f"{place}.{_suffix(form)}",
                form,
                "street",
                data,
                warnings=("C006",),
                addressees="unfit",
            )
        else:
            add(f"{place}.{_suffix(form)}", form, "street", data)
    departments = [
        ("司法局", None, None),
        ("市场监督管理局", None, None),
        ("自然资源局", ["青溪县人民政府", f"{CITY}自然资源和规划局"], None),
        ("卫生健康委员会", None, "late"),
        ("教育局", ["青溪县人民政府"], None),
        ("交通运输局", None, "early"),
        ("应急管理局", None, "no_causes"),
        ("住房和城乡建设局", None, None),
        ("农业农村局", None, "fazhi"),
        ("水利局", None, None),
        ("文化广电和旅游局", None, None),
        ("财政局", None, None),
        ("统计局", None, None),
    ]
    for i, (name, addressees, fault) in enumerate(departments):
        organ = f"{COUNTY}{name}"
        date = {"late": dt.date(2024, 4, 8), "early": dt.date(2023, 2, 10)}.get(fault or "")
        data = report_data(
            organ,
            2023,
            signatories=[organ],
            addressees=addressees,
            date=date,
            subject=f"县{name}",
            variant=i + 12,
            fault=fault if fault in ("no_causes", "fazhi") else None,
        )
        form = forms[i % 4]
        file = f"{organ}关于2023年法治政府建设情况的报告.{_suffix(form)}"
        expected: dict[str, Any] = {
            "late": {"warnings": ("D002",)},
            "early": {"errors": ("D001",)},
            "no_causes": {"warnings": ("C002",)},
            "fazhi": {"errors": ("T001",)},
        }.get(fault or "", {})
        verdict = "建议退回修改" if "errors" in expected else "可以归档"
        add(file, form, "department", data, verdict, **expected)
    data = report_data(
        f"{COUNTY}人民政府",
        2023,
        addressees=[f"中共{CITY}委", f"{CITY}人民政府"],
        signatories=[f"中共{COUNTY}委员会", f"{COUNTY}人民政府"],
        subject="全县",
        variant=23,
    )
    add("青溪县人民政府2023年度法治政府建设报告.docx", "docx", "county", data)
    organ, signatories = _township("龙潭镇")
    add(
        "龙潭镇.txt",
        "txt",
        "township",
        report_data(
            organ, 2023, signatories=signatories, addressees=[], subject="龙潭镇", variant=25
        ),
        "建议退回修改",
        errors=("R002",),
        addressees="missing",
    )
    # The same report twice, one of another year, and one whose file is damaged.
    first = specs[0]
    specs[0] = Spec(**{**first.__dict__, "duplicate_of": "石门镇（重发）.docx"})
    specs.append(
        Spec(**{**first.__dict__, "name": "石门镇（重发）.docx", "duplicate_of": first.name})
    )
    organ, signatories = _township("白沙镇")
    add(
        "白沙镇2022年度报告.docx",
        "docx",
        "township",
        report_data(organ, 2022, signatories=signatories, subject="白沙镇", variant=30),
        "建议退回修改",
        other_year=True,
    )
    organ, signatories = _township("金鸡镇")
    specs.append(
        Spec(
            "金鸡镇人民政府2023年法治政府建设情况报告.docx",
            "broken",
            None,
            None,
            None,
            "无法读取",
            addressees=None,
            data=report_data(organ, 2023, signatories=signatories, variant=31),
        )
    )
    return specs


def _suffix(form: str) -> str:
    return {"typed": "docx", "broken": "docx", "notice": "txt"}.get(form, form)


SPECS = _specs()
NOTICE = Spec("报送说明.txt", "notice", None, None, None, "无法读取", addressees=None)
LOCK_FILE = "~$石门镇2023年法治政府建设情况报告.docx"  # Word's lock file: not listed


def write_folder(folder: Path, template: bytes, extra: bool = True) -> list[Spec]:
    """The 30 reports (and, with `extra`, a notice that is no report and Word's lock file)."""
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[str, bytes] = {}
    for spec in SPECS:
        if spec.form == "broken":  # cut short, as a failed download leaves it
            whole = write_report(spec.data, "docx", template)
            content = whole[: len(whole) // 2]
        elif spec.duplicate_of and spec.duplicate_of in written:
            content = written[spec.duplicate_of]
        else:
            content = write_report(spec.data, spec.form, template)
        written[spec.name] = content
        (folder / spec.name).write_bytes(content)
    if not extra:
        return list(SPECS)
    (folder / NOTICE.name).write_text(
        "各乡镇、街道，县直各部门：\n请于2024年3月1日前报送本单位法治政府建设情况报告。\n联系人：王明\n",
        encoding="utf-8",
    )
    (folder / LOCK_FILE).write_bytes(b"\x05locked by Word")
    return [*SPECS, NOTICE]


def write_report(data: dict[str, Any], form: str, template: bytes) -> bytes:
    """A report's bytes as the office receives it."""
    if form == "json":
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    from reportgen.model import Report
    from reportgen.render import render

    report = Report.model_validate_json(json.dumps(data))
    if form == "docx":
        return render(report, ["docx"], template)["docx"]
    text = render(report, ["txt"], None)["txt"]
    if form == "txt":
        return text
    return _typed_docx(text.decode("utf-8"))


def _typed_docx(text: str) -> bytes:
    """The report typed into a blank Word document: one paragraph a line, no styles."""
    import io

    from docx import Document

    document = Document()
    for line in text.splitlines():
        if line.strip():
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_FIRST = "东西南北上下前后大小新老青红白金"
_SECOND = "山河湖桥林岭溪塘坪坝港湾洲田园口"
_FAULTS = (None, None, None, "placeholder", None, "no_causes", None, "fazhi", None, "request")


def many(count: int) -> list[tuple[str, dict[str, Any]]]:
    """`count` reports of 2023 from different organs (townships, streets and departments,
    some with a mistake), as (file name, data): the review benchmark's folder."""
    departments = ["司法局", "教育局", "财政局", "水利局", "民政局", "审计局", "统计局", "林业局"]
    reports = []
    for n in range(count):
        place = _FIRST[n % 16] + _SECOND[(n // 16) % 16]
        fault = _FAULTS[n % len(_FAULTS)]
        if n % 10 == 7:
            organ = f"{COUNTY}{place}{departments[n % len(departments)]}"
            data = report_data(organ, 2023, subject=organ, variant=n, fault=fault)
        elif n % 10 == 3:
            organ = f"{COUNTY}{place}街道办事处"
            data = report_data(organ, 2023, subject=f"{place}街道", variant=n, fault=fault)
        else:
            organ, signatories = _township(f"{place}{'乡' if n % 3 else '镇'}")
            data = report_data(
                organ, 2023, signatories=signatories, subject=organ[:3], variant=n, fault=fault
            )
        reports.append((f"{n:03d}{organ}.docx", data))
    return reports
