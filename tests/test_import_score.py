"""bench/import_score.py: what its similarity compares the built report with.

The source without the lines import's notes name as left out, and only those: a line
dropped without a note must still cost similarity.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from helpers import ROOT


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "import_score", ROOT / "bench" / "import_score.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


SOURCE = "\n".join(
    [
        "发布时间：2025-01-22   来源：柳湾镇",
        "匹配度排序关于2024年法治政府建设情况的报告",
        "2024年，柳湾镇扎实推进法治政府建设。",
        "一、主要举措和成效",
        "全年开展普法活动36场。",
        "2025年1月20日",
        "附件1",
        "法律顾问名单",
        "张三 律师",
    ]
)
BUILT = "\n".join(
    [
        "关于2024年法治政府建设情况的报告",
        "2024年，柳湾镇扎实推进法治政府建设。",
        "一、主要举措和成效",
        "全年开展普法活动36场。",
        "2025年1月20日",
    ]
)
NOTES = [
    "“发布时间：2025-01-22 来源：柳湾镇”是网页信息，不属于报告正文，没有读入。",
    "“匹配度排序”是网页上搜索页的按钮文字，不属于报告正文，没有读入。",
    "成文日期之后的“附件1”起 3 行是附件的正文，不属于报告，没有读入（附件名称已读入 attachments）；请另存附件。",
    "成文日期“2025年1月20日”已按规范写法“2025年1月20日”读入。",  # nothing left out,
]


def test_the_lines_notes_name_as_left_out_do_not_count() -> None:
    bench = _bench()
    assert bench.similarity(bench.without_left_out(SOURCE, NOTES), BUILT) == 1.0


def test_a_line_left_out_without_a_note_still_costs() -> None:
    bench = _bench()
    unnamed = bench.without_left_out(SOURCE, NOTES[1:])  # the web line is not named
    assert bench.similarity(unnamed, BUILT) < 0.95
    assert bench.without_left_out(SOURCE, []).splitlines() == SOURCE.splitlines()


def test_a_note_quoting_a_line_it_kept_takes_nothing_out() -> None:
    bench = _bench()
    kept = [
        "“关于2024年法治政府建设情况的报告”是网页上的标题，没有读入；按其下报告自身的标题“全年开展普法活动36场。”读入。"
    ]
    left = bench.without_left_out(SOURCE, kept).splitlines()
    assert "全年开展普法活动36场。" in left  # quoted after 没有读入: not taken out


MOVED_SOURCE = "\n".join(
    [
        "关于2024年法治政府建设情况的报告",
        "2024年，柳湾镇扎实推进法治政府建设，全年开展普法活动36场，化解矛盾纠纷58件。",
        "中共柳湾镇委员会（盖章）",
        "柳湾镇人民政府（盖章）",
        "2025年1月20日",
        "附件：1.柳湾镇2024年法治宣传教育活动一览表",
    ]
)
MOVED_BUILT = "\n".join(
    [
        "关于2024年法治政府建设情况的报告",
        "2024年，柳湾镇扎实推进法治政府建设，全年开展普法活动36场，化解矛盾纠纷58件。",
        "附件：1.柳湾镇2024年法治宣传教育活动一览表",
        "中共柳湾镇委员会",
        "柳湾镇人民政府",
        "2025年1月20日",
    ]
)
SEAL_NOTE = "署名“中共柳湾镇委员会（盖章）”中的“（盖章）”等是盖章位置的提示，已从署名中去掉。"


def test_a_block_moved_whole_and_a_noted_seal_hint_are_kept_text() -> None:
    """附件说明 moved under the body (GB/T 9704 7.3.4) and （盖章） taken out with a note
    lose nothing; the same moves without the note, or a run changed on the way, still
    cost."""
    bench = _bench()
    assert bench.similarity(bench.without_left_out(MOVED_SOURCE, [SEAL_NOTE]), MOVED_BUILT) == 1.0
    assert bench.similarity(bench.without_left_out(MOVED_SOURCE, []), MOVED_BUILT) < 1.0
    changed = MOVED_BUILT.replace("一览表", "汇总表")
    assert bench.similarity(bench.without_left_out(MOVED_SOURCE, [SEAL_NOTE]), changed) < 1.0


def test_a_date_written_the_standard_way_with_a_note_is_kept_text() -> None:
    bench = _bench()
    source = "全年开展普法活动36场。\n柳湾镇人民政府\n二〇二五年一月二十日"
    built = "全年开展普法活动36场。\n柳湾镇人民政府\n2025年1月20日"
    note = "成文日期“二〇二五年一月二十日”已按规范写法“2025年1月20日”读入。"
    assert bench.similarity(bench.without_left_out(source, [note]), built) == 1.0
    assert bench.similarity(bench.without_left_out(source, []), built) < 1.0
