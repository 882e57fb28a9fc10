"""What `validate` is spared at start: regexes compiled on first use, a class over the CJK
blocks tested without a regex, and the collector's threshold (bench/ measures the time;
these check that nothing the rules see changes)."""

from __future__ import annotations

import gc
import re
import subprocess
import sys

from reportgen.chinese import ANY_HAN, MARKS, in_chinese_text
from reportgen.lazyregex import lazy_compile


def test_a_lazy_pattern_is_compiled_on_first_use_and_answers_as_re_does() -> None:
    lazy = lazy_compile(r"(?P<n>\d+)件", re.ASCII)
    assert lazy._compiled is None  # nothing compiled until it is used
    text = "受理12件，办结 9件"
    compiled = re.compile(r"(?P<n>\d+)件", re.ASCII)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy._compiled is not None
    later = lazy.search(text, 5)
    assert later is not None and later.group("n") == "9"
    assert lazy.match(text) is None and lazy.fullmatch("12件") is not None
    assert lazy.findall(text) == ["12", "9"]
    assert lazy.sub("N件", text) == compiled.sub("N件", text)
    assert lazy.subn(lambda m: m.group("n"), text) == ("受理12，办结 9", 2)
    assert lazy.split(text) == compiled.split(text)
    assert lazy.pattern == compiled.pattern


def test_chinese_text_is_the_class_it_replaces() -> None:
    han_or_mark = re.compile(f"[{ANY_HAN}{MARKS}]")
    for code in range(0x10000):
        char = chr(code)
        assert in_chinese_text(char) == (han_or_mark.match(char) is not None), hex(code)
    assert in_chinese_text("中a") and not in_chinese_text("a中") and not in_chinese_text("")


def test_the_command_raises_the_collectors_threshold_and_keeps_it_finite() -> None:
    probe = (
        "import gc, sys, reportgen.cli as cli\n"
        "cli.main = lambda: print(gc.isenabled(), gc.get_threshold()[0]) or 0\n"
        "sys.argv = ['reportgen', '--help']\n"
        "from reportgen.__main__ import run\n"
        "run()\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.split()
    enabled, threshold = out[0] == "True", int(out[1])
    assert enabled and gc.get_threshold()[0] < threshold <= 1_000_000
