"""T009 on the genre's own wording anywhere in a sentence (issue 19, items 3 and 6).

Published reports write study slogans inside a clause (…坚持深学细悟，…), clipped coinages
(农服 for 农业服务) and brands of a place (智造江川, 法治濂溪). The finder reads them as
broken words; rules/coinedreading.py says when its proposal reads worse than the text.
Typos beside the same shapes are still found. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from rulecases import findings_in

from reportgen.rules.base import Severity

GENRE_WORDING = (
    # A modifier before each verb, read across the middle (学细 as 学习).
    "机关干部坚持深学细悟，把学习成果转化为工作实效。",
    "引导党员深学细研，提升履职本领。",
    # The correction takes a character from the word it makes with its neighbour.
    "坚持读原著学原文悟原理。",
    # Items that share a half: the other half is the coined part (增智 is no 增殖).
    "坚持以学铸魂、以学增智、以学正风，推动工作落实。",
    # A clip of two productive characters, the proposal a rare word (农服 is no 农夫,
    # 基补 in 强基补短板 no 基部).
    "各村开展普法强基补短板专项行动。",
    "全镇建成农服中心2个，托管土地3000亩。",
    "培育农服组织3家，带动农户增收。",
    # A brand of a place: the place after the coinage, or tagged as a place before it.
    "加快建设智造江川，培育先进制造业。",
    "奋力打造智造柯桥，推动产业转型。",
    "深入实施法治濂溪建设。",
    "全力推进江川智造，打造产业高地。",
)

SLIPS_STILL_FOUND = (
    # The genre's word one character away wins over every reading (排查, 法治素养).
    ("深入开展矛盾纠纷拍查，及时化解隐患。", "拍查", "排查"),
    ("提高干部法治素样。", "素样", "素养"),
    # A common proposal beside no place: 导向 (657 of 60 million) is above the bar.
    ("坚持问题导像，聚焦群众关切。", "导像", "导向"),
    # A clip-like pair with a rare proposal, at a clause's end: no word it classifies
    # follows (实效 262, 帮扶 108, 评议 268 of 60 million).
    ("确保各项工作取得实笑。", "实笑", "实效"),
    ("做好困难群众帮服。", "帮服", "帮扶"),
    ("开展执法评义，提升执法质量。", "评义", "评议"),
    # An unknown idiom before the span is no place's name.
    ("着力解决群众急难愁盼问提。", "问提", "问题"),
    # Items that share a half, but the slip makes the item a known phrase.
    ("推行减证便民、减政便民措施。", "减政便民", "减证便民"),
    # A modifier pair read across, where the slip is no parallel (贯澈 in 深入贯澈).
    ("深入贯澈落实上级部署。", "贯澈", "贯彻"),
    ("切实保章困难群众基本生活。", "保章", "保障"),
)


@pytest.mark.parametrize("sentence", GENRE_WORDING)
def test_the_genres_wording_is_no_slip(sentence: str) -> None:
    assert findings_in(sentence, "T009") == []


@pytest.mark.parametrize(("sentence", "written", "right"), SLIPS_STILL_FOUND)
def test_a_slip_beside_the_genres_wording_is_still_found(
    sentence: str, written: str, right: str
) -> None:
    (finding,) = findings_in(sentence, "T009")
    assert finding.severity is Severity.WARNING
    assert f"“{written}”疑为“{right}”" in finding.message
    # The message says why the finding may be wrong: a name or slogan may be meant.
    assert "简称、口号、地名" in finding.suggestion
