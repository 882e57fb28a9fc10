"""numbering: the GB/T 9704 heading sequence and Chinese numerals, on their own."""

from __future__ import annotations

import pytest

from reportgen import numbering


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "一"),
        (9, "九"),
        (10, "十"),
        (11, "十一"),
        (19, "十九"),
        (20, "二十"),
        (21, "二十一"),
        (99, "九十九"),
    ],
)
def test_chinese_numeral(n: int, expected: str) -> None:
    assert numbering.chinese_numeral(n) == expected


@pytest.mark.parametrize("n", [0, -1, 100])
def test_chinese_numeral_out_of_range(n: int) -> None:
    with pytest.raises(ValueError):
        numbering.chinese_numeral(n)


def test_the_four_levels_and_points() -> None:
    assert numbering.level1(3) == "三、"
    assert numbering.level2(12) == "（十二）"
    assert numbering.level3(4) == "4."
    assert numbering.level4(2) == "（2）"
    assert numbering.point(10) == "十是"


def test_dates_have_no_leading_zeros() -> None:
    assert numbering.format_date(2024, 1, 8) == "2024年1月8日"
    assert numbering.format_date(2024, 12, 31) == "2024年12月31日"
