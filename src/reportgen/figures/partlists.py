"""What a list of parts is (N004): parts that divide their whole between them (维持、撤销
…), traits of people that never make a sum, parts of one kind that a reader expects to add
up, and parts that come close enough to their total that a shortfall is a slip.

Each function takes the parts' names, as totals.py reads them (婚姻家庭纠纷, 维持,
持证执法人员), and knows nothing of where they stand.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from .quantities import PERSON_UNITS, Figure
from .spans import lazy

# Parts named by a grade or an honour (国家级1个、省级3个; 示范调解室3个、星级调解室2个)
# single out the best of a total: their sum is no claim to make it up.
_GRADES = lazy(r"[国省市县区镇乡]级|星级|示范|先进|优秀|金牌|标准化|规范化|五星|四星|三星")
# Traits of people: 持证, 法律专业, 党员, 女性, 35岁以下, 本科以上学历, 少数民族.
_TRAITS = lazy(
    r"持证|持有|取得|具有|具备|资格|专业|学历|学位|本科|大专|研究生|硕士|博士|党员|团员"
    r"|男|女|岁|年轻|少数民族|退役军人|职称|中级|高级|证"
)
# Parts that make up the whole between them: the outcomes of a review (维持、撤销、驳回、
# 终止 …), the two procedures of a penalty, the two sexes, online and offline.
# Each with what the parts are divided by, as the message says it.
_WHOLES = (
    (lazy(r"维持|撤销|变更|确认违法|确认无效|责令履行|驳回|终止|和解|纠错"), "办理结果"),
    (lazy(r"简易程序|普通程序|一般程序"), "办案程序"),
    (lazy(r"^(?:男|女)"), "性别"),
    (lazy(r"^线上|^线下"), "线上、线下"),
)
# Parts at four fifths of their total or more may be a slip (see close()).
_CLOSE = Fraction(4, 5)


def whole(names: Sequence[str]) -> str:
    """What the parts divide the whole by, when they make it up between them (办理结果)."""
    return next((by for w, by in _WHOLES if all(w().search(n) for n in names)), "")


def traits(names: Sequence[str], unit: str) -> bool:
    """Parts of people named by traits (持证执法人员, 法律专业人员, 党员, 女性, 35岁以下):
    one person has several, so the parts never make a sum. Two sexes do (whole())."""
    return unit in PERSON_UNITS and not whole(names) and any(_TRAITS().search(n) for n in names)


def one_kind(names: Sequence[str], unit: str, divided_by: str) -> bool:
    """The parts are categories of one kind that a reader expects to add up: none the
    subset of another (行政处罚案件, 简易程序行政处罚案件), and not people, who may be
    counted by different traits (党员, 女性), unless they make up the whole (男性, 女性),
    and not grades or honours (省级、市级示范村), which single out the best of a total."""
    if any(_nested(a, b) for a in names for b in names):
        return False
    if any(_GRADES().search(n) for n in names):
        return False
    return bool(divided_by) or unit not in PERSON_UNITS


def _nested(one: str, other: str) -> bool:
    """`one` names a subset of `other`'s: 行政处罚案件 of 简易程序行政处罚案件, the same
    head noun with a word before it. A name that begins another (县政府, 县政府办公室;
    镇党委 beside 镇政府) is a sibling: Chinese puts the head last, so 县政府办公室 is an
    office, not a kind of 县政府."""
    return one != other and len(one) >= 2 and one in other and not other.startswith(one)


def close(low: Fraction, high: Fraction, total: Figure) -> bool:
    """Parts that come close enough to their total to be a slip, not a selection. A slip is
    one figure miswritten: a part miscounted by a few or by ten, or two digits of a figure
    swapped (45 written 54 leaves 83 %); such lists reach four fifths of their total. A
    list that covers a third of it (政务信息326条，其中财政预决算信息14条、惠民补贴信息87条)
    names the kinds worth naming. Two digits swapped in a small total (21 for 12) fall
    further short, and are read as what they are."""
    if high >= total.value * _CLOSE:
        return True
    return low == high and _swapped(str(int(low)), str(int(total.value)))


def _swapped(one: str, other: str) -> bool:
    """`one` is `other` with two neighbouring digits swapped (12 and 21, 326 and 362)."""
    if len(one) != len(other):
        return False
    differ = [i for i, (a, b) in enumerate(zip(one, other, strict=True)) if a != b]
    if len(differ) != 2 or differ[1] != differ[0] + 1:
        return False
    first, second = differ
    return one[first] == other[second] and one[second] == other[first]
