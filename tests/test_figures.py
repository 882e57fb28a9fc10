"""The figures engine (reportgen.figures), apart from the rules: numbers read to their
values, figures found with their units and ranges, and the relations the text asserts.
Properties: numerals as a clerk writes them read back to their value; a sentence whose
figures agree never yields a contradiction; an approximate figure never a certain one."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportgen.figures.changes import contradicted_changes
from reportgen.figures.counts import mismatched_counts
from reportgen.figures.numerals import chinese_value
from reportgen.figures.quantities import figures
from reportgen.figures.rates import contradicted_ratios
from reportgen.figures.rounding import agrees, rounded
from reportgen.figures.totals import contradicted_sums

_DIGITS = "零一二三四五六七八九"


def _write_section(n: int, lead: bool) -> str:
    """n < 10000 in Chinese numerals, the standard way (一千零五, 二十, 十二 at the head)."""
    out = ""
    zero = False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // unit % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        if not (unit == 10 and digit == 1 and not out and lead):
            out += _DIGITS[digit]
        out += name
    return out


def write_chinese(n: int) -> str:
    """An independent writer of Chinese numerals for the property: 1 ≤ n < 10^12."""
    parts = []
    for unit, name in ((10**8, "亿"), (10**4, "万"), (1, "")):
        section = n // unit % 10**4
        if section:
            if parts and section < 1000:
                parts.append("零")
            parts.append(_write_section(section, not parts) + name)
        elif parts and parts[-1] != "零" and n % unit:
            parts.append("零")
    return "".join(parts)


@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_chinese_numerals_read_to_their_value(n: int) -> None:
    assert chinese_value(write_chinese(n)) == n


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("一千二百", 1200),
        ("一千二", 1200),
        ("两万", 20000),
        ("一万五", 15000),
        ("十二", 12),
        ("一百零五", 105),
        ("三亿五千万", 350_000_000),
        ("二〇二三", None),
        ("二三", None),
        ("万", None),
        ("百十", None),
    ],
)
def test_chinese_numerals(written: str, value: int | None) -> None:
    assert chinese_value(written) == value


@given(st.integers(min_value=1, max_value=10**9), st.sampled_from(["件", "人次", "场", "份"]))
def test_a_count_with_its_unit_is_one_figure(n: int, unit: str) -> None:
    for written in (f"{n}", f"{n:,}", write_chinese(n)):
        found = figures(f"全年办理{written}{unit}。")
        assert [(f.value, f.unit, f.exact) for f in found] == [(n, unit, True)]


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "unit"),
    [
        ("发放宣传单5000余份", 5000, 5000, 6000, "份"),
        ("解答咨询1000多人次", 1000, 1000, 2000, "人次"),
        ("约300人", 300, 240, 360, "人"),
        ("近500户", 500, 400, 500, "户"),
        ("覆盖2.6万人次", 26000, 26000, 26000, "人次"),
        ("追讨欠薪460余万元", 4_600_000, 4_600_000, 4_700_000, "元"),
        ("投入120万元", 1_200_000, 1_200_000, 1_200_000, "元"),
        ("百分之九十五", 95, 95, 95, "%"),
        ("每次3—5件", 3, 3, 5, "件"),
        ("开展十余次", 10, 10, 20, "次"),
        ("满意率95%以上", 95, 95, None, "%"),
        ("200人左右", 200, 160, 240, "人"),
    ],
)
def test_figures_and_their_ranges(
    text: str, value: int, low: int, high: int | None, unit: str
) -> None:
    (found,) = figures(text)
    assert (found.value, found.low, found.high, found.unit) == (value, low, high, unit)


@pytest.mark.parametrize(
    "text",
    [
        "2023年3月5日，依照第十二条第三款，“6.26”禁毒日，电话0391-1234567。",
        "受理12345热线转办，二〇二三年，十四五规划，二十届三中全会。",
        "统一部署，一起学习，四位一体，“三个一”，第三批，每一次。",
        "节约用电，附近村民，最近开展，2021—2025年。",
    ],
)
def test_what_is_not_a_count(text: str) -> None:
    assert figures(text) == ()


@pytest.mark.parametrize(
    ("stated", "low", "agree"),
    [
        ("96.9%", Fraction(9690721, 100000), True),  # rounded
        ("96.9%", Fraction(9697, 100), True),  # cut
        ("97%", Fraction(9690721, 100000), True),
        ("95.9%", Fraction(9690721, 100000), False),
        ("100%", Fraction(995, 10), True),
    ],
)
def test_a_stated_percentage_agrees_with_a_ratio(stated: str, low: Fraction, agree: bool) -> None:
    (figure,) = figures(stated)
    assert agrees(figure, low, low) is agree


def test_rounding_half_up() -> None:
    assert rounded(Fraction(9690721, 100000), 1) == "96.9"
    assert rounded(Fraction(125, 10), 0) == "13"


_CATEGORIES = ["婚姻家庭纠纷", "邻里纠纷", "土地纠纷", "劳资纠纷", "合同纠纷", "物业纠纷"]


def _all_findings(text: str) -> list[object]:
    found = figures(text)
    return [
        *contradicted_sums(text, found),
        *contradicted_ratios(text, found),
        *contradicted_changes(text, found),
        *mismatched_counts(text)[0],
    ]


@given(
    st.lists(st.integers(min_value=0, max_value=500), min_size=2, max_size=6),
    st.integers(min_value=0, max_value=300),
    st.booleans(),
)
def test_a_consistent_breakdown_never_triggers(parts: list[int], rest: int, closed: bool) -> None:
    total = sum(parts) + (0 if closed else rest)
    listed = "、".join(f"{_CATEGORIES[i]}{n}件" for i, n in enumerate(parts))
    sentences = [
        # A list that falls short of its total says so (等), or it is a Shortfall.
        f"全年共调处矛盾纠纷{total}件，其中{listed}{'' if closed else '等'}。",
        f"调处{listed}，共计{sum(parts)}件。",
        f"全年共调处矛盾纠纷{sum(parts) + rest}件，其中{listed}，其余纠纷{rest}件。",
    ]
    for text in sentences:
        assert _all_findings(text) == [], text


@given(
    st.integers(min_value=1, max_value=5000),
    st.data(),
    st.sampled_from([0, 1, 2]),
    st.sampled_from(["round", "cut"]),
)
def test_a_rate_computed_from_its_figures_never_triggers(
    base: int, data: st.DataObject, places: int, how: str
) -> None:
    done = data.draw(st.integers(min_value=0, max_value=base))
    exact = Fraction(100 * done, base)
    scale = 10**places
    cut = Fraction(int(exact * scale), scale)  # 96.97 written 96.9
    written = rounded(exact if how == "round" else cut, places)
    if done < base and Fraction(written) == 100:
        return  # 100 % for fewer than all: the rule's own warning
    text = f"全年受理矛盾纠纷{base}件，成功调解{done}件，调解成功率{written}%。"
    assert _all_findings(text) == [], text
    share = f"共有执法人员{base}人，其中法律专业人员{done}人，占比{written}%。"
    assert _all_findings(share) == [], share


@given(st.integers(min_value=1, max_value=2000), st.integers(min_value=1, max_value=2000))
def test_a_change_computed_from_its_figures_never_triggers(now: int, before: int) -> None:
    rate = rounded(Fraction(100 * abs(now - before), before), 1)
    word = "增长" if now >= before else "下降"
    texts = [
        f"全年办理案件{now}件，同比{word}{rate}%（上年{before}件）。",
        f"全年办理案件{now}件，较上年的{before}件{word}{rate}%。",
        f"案件由{before}件{'增加' if now >= before else '减少'}到{now}件，{word}{rate}%。",
    ]
    for text in texts:
        assert _all_findings(text) == [], text


_ITEMS = ["加强学习", "强化宣传", "严格执法", "规范管理", "化解矛盾", "接受监督", "建强队伍"]


@given(st.integers(min_value=2, max_value=7), st.sampled_from(["ordinals", "comma", "titles"]))
def test_a_count_with_its_items_never_triggers(n: int, shape: str) -> None:
    count = write_chinese(n) if n != 2 else "两"
    if shape == "ordinals":
        listed = "；".join(f"{write_chinese(i + 1)}是{_ITEMS[i]}" for i in range(n))
        text = f"主要做了{count}项工作：{listed}。"
    elif shape == "comma":
        text = f"落实{count}项制度：{'、'.join(_ITEMS[:n])}。"
    else:
        text = f"制定{''.join(f'《{w}办法》' for w in _ITEMS[:n])}{count}项制度。"
    assert _all_findings(text) == [], text


@given(
    st.lists(st.integers(min_value=1, max_value=500), min_size=2, max_size=5),
    st.integers(min_value=1, max_value=50),
    st.sampled_from(["余", "多"]),
)
def test_an_approximate_figure_is_never_certain(parts: list[int], off: int, word: str) -> None:
    listed = "、".join(f"{_CATEGORIES[i]}{n}{word}件" for i, n in enumerate(parts))
    text = f"调处{listed}，共计{sum(parts) + off}件。"
    found = figures(text)
    assert all(not s.certain for s in contradicted_sums(text, found))


_PIECES = [
    *"0123456789.,一二两三四五六七八九十百千万亿零〇点",
    *"件次人场份个户起项条家元%名批",
    *"，。；、：（）“”《》—-",
    "其中",
    "包括",
    "共计",
    "合计",
    "其余",
    "其他",
    "余",
    "多",
    "约",
    "近",
    "以上",
    "左右",
    "调解成功率",
    "办结率",
    "占比",
    "占",
    "同比增长",
    "下降",
    "较上年",
    "上年",
    "由",
    "增加到",
    "一是",
    "二是",
    "三项",
    "四个方面",
    "等",
    "全部",
    "办结",
    "成功调解",
    "受理",
    "百分之",
    "个百分点",
    "位一体",
    "第",
    "年",
    "月",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_no_text_breaks_the_engine(pieces: list[str]) -> None:
    """Whatever the words, figures and relations are read without an exception."""
    from reportgen.figures.rates import rates_below_all
    from reportgen.figures.repeats import repeated_quantities

    text = "".join(pieces)
    found = figures(text)
    _all_findings(text)
    rates_below_all(text, found)
    repeated_quantities([(text, found), (text, found)])
