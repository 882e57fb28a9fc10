"""No input crashes the CLI: any file gives exit 0 or 1 with a message, never a traceback.

Marked `fuzz`: the default run leaves these out; CI runs them with the `fuzz` profile
(10,000 examples each): `uv run pytest -m fuzz --hypothesis-profile=fuzz`.
"""

from __future__ import annotations

import copy
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from helpers import DATA_2023
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportgen.cli import main

pytestmark = pytest.mark.fuzz

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)

REPORT: dict[str, Any] = json.loads(DATA_2023.read_text(encoding="utf-8"))
# Values that reach deeper than random JSON: near-misses of what the model wants.
near_misses = st.one_of(
    json_values,
    st.sampled_from(["", " ", "2024-02-30", "2024-01-28", "duty", "plans", "\x00", "（一）、"]),
    st.integers(min_value=1990, max_value=2110),
    st.text(alphabet="法制截止XX×【】()《》、,;:2024-年\x07 ", max_size=30),
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*prefix, index))
    return found


PATHS = _paths(REPORT)[1:]


def _run(capsys: pytest.CaptureFixture[str], content: bytes, build: bool = False) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "r.json"
        path.write_bytes(content)
        argv = ["build", "x", "--data", str(path), "-o", str(Path(folder) / "r.docx")]
        code = main(argv if build else ["validate", str(path)])
        output = capsys.readouterr()
        text = output.out + output.err
        assert code in (0, 1), text
        assert "Traceback" not in text and "内部错误" not in text, text
        if build and code == 0:
            assert (Path(folder) / "r.docx").stat().st_size > 0


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.one_of(json_values.map(lambda v: json.dumps(v).encode()), st.binary(max_size=200)))
def test_any_file(capsys: pytest.CaptureFixture[str], content: bytes) -> None:
    _run(capsys, content)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.data())
def test_any_mutation_of_the_real_report(capsys: pytest.CaptureFixture[str], data: Any) -> None:
    report = copy.deepcopy(REPORT)
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(PATHS))
        target = report
        try:
            for key in path[:-1]:
                target = target[key]
            if data.draw(st.booleans()) and isinstance(target, dict):
                target.pop(path[-1], None)
            else:
                target[path[-1]] = data.draw(near_misses)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed the way there
    content = json.dumps(report, ensure_ascii=False).encode()
    _run(capsys, content, build=data.draw(st.booleans()))
