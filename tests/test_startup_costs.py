"""What `validate` is spared at start: regexes compiled on first use, a class over the CJK
blocks tested without a regex, and the collector's threshold (bench/ measures the time;
these check that nothing the rules see changes)."""

from __future__ import annotations

import gc
import json
import re
import subprocess
import sys
from pathlib import Path

from reportgen.chinese import ANY_HAN, MARKS, in_chinese_text
from reportgen.lazyregex import LazyPattern, lazy_compile, required_word

ROOT = Path(__file__).resolve().parent.parent


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


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, (list, tuple)):
        return [s for item in value for s in _strings(item)]
    return []


def _corpus() -> list[str]:
    """Text the rules see: the genre's sentences, data/2023.json and every rule's cases."""
    from genre_text import SENTENCES

    from reportgen.rules import ALL_RULES

    texts = list(SENTENCES)
    texts += _strings(json.loads((ROOT / "data" / "2023.json").read_text(encoding="utf-8")))
    for rule in ALL_RULES:
        cases = (*rule.triggers, *rule.clean, rule.example.wrong_case, rule.example.right_case)
        texts += [rule.example.wrong, rule.example.right]
        texts += [s for case in cases for _, value in case.edits for s in _strings(value)]
    return texts


def _lazy_patterns() -> list[LazyPattern]:
    """Every lazy pattern of the proofreader: its modules' and its tables'."""
    from reportgen.rules import t004, t006

    found = [
        value
        for name, module in list(sys.modules.items())
        if name.startswith("reportgen")
        for value in vars(module).values()
        if isinstance(value, LazyPattern)
    ]
    found += [word.pattern for word in t006.confused_words()]
    found += [phrase.pattern for phrase in t004._patterns()]
    found += [pattern for pattern, _ in t004._body_patterns()]
    return found


def test_every_match_holds_the_word_its_pattern_is_skipped_without() -> None:
    patterns = [p for p in _lazy_patterns() if p.needs]
    assert len(patterns) > 50  # the guard sees the proofreader's patterns
    matched = 0
    for text in _corpus():
        for pattern in patterns:
            for match in pattern.compiled.finditer(text):
                assert pattern.needs in match.group(), (pattern.pattern, match.group())
                matched += 1
    assert matched > 1000


def test_the_required_word_is_found_only_where_it_is_certain() -> None:
    assert required_word(r"(?<!\d)((?:19|20)\d{2})\s*年(?:以来|来)") == "年"
    assert required_word(r"新时期[“\"]?枫桥经验[”\"]?") == "枫桥经验"
    assert required_word(r"(?P<w>做出)[^，]{0,6}?决定") == "做出"
    assert required_word("决策(?P<w>布置)") == "决策布置"
    assert required_word(r"(?P<w>权力)(?:和|与|、)?义务") == "权力"
    assert required_word("abc?d") == "ab"  # c is optional
    assert required_word("共计+达") == "共"
    assert required_word("x{2,}yz") == "yz"
    assert required_word("[]abc]xyz") == "xyz"
    for none in ("ab|cd", "(?i)abc", "(ab)+", "(ab)|c", r"(?P<w>(?<=分)辩|辩(?=别))", r"\d+"):
        assert required_word(none) == "", none
    assert lazy_compile("(?i)abc").search("ABC") is not None  # flags inline: no skipping
    assert lazy_compile("abc", re.IGNORECASE).search("ABC") is not None
    skipped = lazy_compile("年(?:以来|来)")
    assert list(skipped.finditer("工作总结")) == [] and skipped._compiled is None


def test_an_organs_name_reads_as_the_regex_it_replaces_read() -> None:
    from reportgen.chinese import HAN
    from reportgen.organs import _SUFFIX, NOT_ORGAN, is_organ_name

    before = re.compile(rf"^[{HAN}（）()]{{1,28}}{_SUFFIX}$")
    prose = re.compile(r"[，。；：！？、,.;:!?“”《》\d]")
    names = [s.strip() for text in _corpus() for s in re.split(r"[，。；：、\n]", text)]
    names += [
        "中共博爱县委",
        "金桥街道办事处",
        "松川县司法局",
        "镇",
        "A镇",
        "中国（广西）自贸区管委会",
    ]
    names += ["县" * 28 + "局", "县" * 29 + "局", "柏山镇人民政府 ", "ab司法局", "司法局x"]
    for name in names:
        text = name.strip()
        old = 2 <= len(text) <= 30 and not prose.search(text) and bool(before.match(text))
        old = old and not NOT_ORGAN.search(text)
        assert is_organ_name(name) == old, name
