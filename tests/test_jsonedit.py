"""jsonedit: string values rewritten in place, every other byte of the file kept."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportgen.jsonedit import replace_strings, string_spans

TEXT = """{
  "year": 2023,
  "organ":"柏山镇",
  "parts": [ {"heading": "一\\"二", "content": ["a", {"points": [{"text": "b"}]}]}, [] , {} ],
  "flag": true, "none": null, "n": -1.5e3
}
"""


def test_spans_cover_every_string_value_and_only_values() -> None:
    spans = string_spans(TEXT)
    values = {path: json.loads(TEXT[start:end]) for path, (start, end) in spans.items()}
    assert values == {
        ("organ",): "柏山镇",
        ("parts", 0, "heading"): '一"二',
        ("parts", 0, "content", 0): "a",
        ("parts", 0, "content", 1, "points", 0, "text"): "b",
    }


def test_replacing_keeps_layout_and_key_order() -> None:
    edited = replace_strings(
        TEXT, {("organ",): "柏山镇人民政府", ("parts", 0, "content", 0): "“引号”"}
    )
    assert json.loads(edited)["organ"] == "柏山镇人民政府"
    assert json.loads(edited)["parts"][0]["content"][0] == "“引号”"
    # Everything outside the two tokens is byte for byte the same.
    assert edited.replace('"柏山镇人民政府"', '"柏山镇"').replace('"“引号”"', '"a"') == TEXT


def test_an_unknown_path_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        replace_strings(TEXT, {("missing",): "x"})


@given(
    st.recursive(
        st.text(max_size=5) | st.integers() | st.booleans() | st.none(),
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
        ),
        max_leaves=10,
    ),
    st.sampled_from([None, 0, 2]),
)
def test_every_string_replaced_gives_the_same_data(value: object, indent: int | None) -> None:
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    spans = string_spans(text)
    edited = replace_strings(text, {path: "替换" for path in spans})

    def swap(node: object) -> object:
        if isinstance(node, str):
            return "替换"
        if isinstance(node, list):
            return [swap(item) for item in node]
        if isinstance(node, dict):
            return {key: swap(item) for key, item in node.items()}
        return node

    assert json.loads(edited) == swap(value)
