"""The outline on its own: every line of a small report, in order, numbered, with roles."""

from __future__ import annotations

import json

from reportgen.model import Report
from reportgen.render.outline import Role, document

REPORT = Report.model_validate_json(
    json.dumps(
        {
            "year": 2024,
            "organ": "青石镇人民政府",
            "signatories": ["中共青石镇委员会", "青石镇人民政府"],
            "addressees": ["中共东川县委", "东川县人民政府"],
            "opening": ["开头一段。"],
            "parts": [
                {
                    "kind": "duty",
                    "heading": "履行第一责任人职责情况",
                    "content": [
                        {
                            "inline": True,
                            "intro": "引导。",
                            "points": [{"lead": "压实责任。", "text": "甲。"}, {"text": "乙。"}],
                        },
                    ],
                },
                {
                    "kind": "measures",
                    "heading": "主要举措和成效",
                    "sections": [
                        {
                            "title": "节一",
                            "content": ["节一正文。"],
                            "items": [
                                {
                                    "title": "条一",
                                    "subitems": [{"title": "目一", "content": ["目正文。"]}],
                                },
                                {"title": "条二"},
                            ],
                        },
                        {
                            "title": "节二",
                            "content": [
                                {"points": [{"lead": "引语。", "text": "丙。"}, {"text": "丁。"}]}
                            ],
                        },
                    ],
                },
            ],
            "date": "2025-01-20",
            "note": "（此件公开发布）",
        }
    )
)


def test_every_line_in_order_with_its_role_and_number() -> None:
    lines = [(line.role, line.text) for line in document(REPORT)]
    assert lines == [
        (Role.TITLE, "关于2024年法治政府建设情况的报告"),
        (Role.ADDRESSEE, "中共东川县委、东川县人民政府："),
        (Role.BODY, "开头一段。"),
        (Role.HEADING1, "一、履行第一责任人职责情况"),
        (Role.BODY, "引导。一是压实责任。甲。二是乙。"),
        (Role.HEADING1, "二、主要举措和成效"),
        (Role.HEADING2, "（一）节一"),
        (Role.BODY, "节一正文。"),
        (Role.HEADING3, "1.条一"),
        (Role.HEADING4, "（1）目一"),
        (Role.BODY, "目正文。"),
        (Role.HEADING3, "2.条二"),
        (Role.HEADING2, "（二）节二"),
        (Role.BODY, "一是引语。丙。"),
        (Role.BODY, "二是丁。"),
        (Role.SIGNATURE, "中共青石镇委员会"),
        (Role.SIGNATURE, "青石镇人民政府"),
        (Role.DATE, "2025年1月20日"),
        (Role.NOTE, "（此件公开发布）"),
    ]


def test_leads_are_bold_with_their_ordinal_and_nothing_else_is() -> None:
    bold = [s.text for line in document(REPORT) for s in line.segments if s.bold]
    assert bold == ["一是压实责任。", "一是引语。"]


def test_a_draft_starts_with_its_mark() -> None:
    first = document(REPORT, draft=True)[0]
    assert first.role is Role.DRAFT and "草稿" in first.text
