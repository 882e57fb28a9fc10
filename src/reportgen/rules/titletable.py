"""The known titles of laws, regulations and central documents, and which of them a
written 《title》 is a near miss of (T003).

The table is titles.toml and laws.toml. A title that is one or two characters away from a
known title (a year of its range changed, a word dropped or changed, the years run
together) is a near miss; a title far from every known one (a county's own document) is
none.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..lazyregex import lazy_compile
from .keptbuilds import kept
from .knowledge import names
from .lawpattern import LAW_PREFIX, pattern_key
from .matching import distance
from .nearmiss import (
    allowed_distance,
    law_slip,
    one_replaced,
    one_slip,
    one_word,
    replaced_last_word,
    replaced_word,
    similar_pairs,
)
from .wordlists import table_file

# What a title may get wrong and still be the same title: brackets, dashes, quotes, 年.
_LOOSE = lazy_compile(r"[（）()\[\]【】〔〕—–\-－~～\s·“”‘’\"'、，,年]")
_MIN_REORDERED = 5  # shorter names in another order are other words
# A title that ends in another kind of document than the known one is another document:
# 《党政主要负责人履行推进法治建设第一责任人职责清单》 is a county's list, not a mistake.
_OTHER_DOCUMENTS = (
    "清单", "办法", "细则", "方案", "意见", "制度", "计划", "要点", "台账", "通知",
    "释义", "解读", "指引", "指南", "标准", "汇编", "读本", "问答", "摘编",
)  # fmt: skip
# The kind words of regulations, which a writer swaps keeping the rest of the title:
# 《社会救助暂行条例》 for 《社会救助暂行办法》, 《统计法实施办法》 for its 实施条例. Only a
# title whose rest is this long is taken for a known one (the rest pins it down).
_REGULATION_KINDS = ("条例", "办法", "规定", "细则", "规则")
_MIN_STEM = 5
# A law's or regulation's name that keeps this much when its kind word (法, 条例) is
# swapped is taken for it: 行政处罚 (条例 for 法); 消防 is too short to pin a law down.
_MIN_LAW_STEM = 4
# A law's short name this long with characters added (安全生产管理法) is a near miss of
# it as a full name is; shorter ones are other words. One with characters dropped may be
# an accepted short form (村委会组织法).
_MIN_SHORT_LAW = 5


def _added_to(written_key: str, law: str) -> bool:
    return len(law) >= _MIN_SHORT_LAW and len(written_key) > len(law)


def _stem(title_key: str) -> str | None:
    """The title without its regulation kind word, if it ends in one and is long enough."""
    if title_key.endswith(_REGULATION_KINDS) and len(title_key) - 2 >= _MIN_STEM:
        return title_key[:-2]
    return None


def key(title: str) -> str:
    return _LOOSE.sub("", title)


class TitleTable:
    """The known titles, keyed for comparison."""

    def __init__(self) -> None:
        data = table_file("titles")["titles"]
        laws = table_file("laws")["laws"]
        canonical = names(data["canonical"]) + names(data["superseded"])
        canonical += [LAW_PREFIX + law for law in names(laws["in_force"] + laws["repealed"])]
        self.exact = set(canonical) | set(data["short"])
        self.exact |= {t.removeprefix(LAW_PREFIX) for t in canonical if t.startswith(LAW_PREFIX)}
        self.by_key = {key(t): t for t in sorted(self.exact, key=len)}
        # Laws (and the regulations named 中华人民共和国…) by the part after 中华人民共和国:
        # 行政处罚法 → the full name.
        self.laws = {key(t)[len(LAW_PREFIX) :]: t for t in canonical if t.startswith(LAW_PREFIX)}
        self.others = [(key(t), t) for t in self.exact if not t.startswith(LAW_PREFIX)]
        self.full_laws = [(key(t), t) for t in canonical if t.startswith(LAW_PREFIX)]
        # Titles by their characters in any order: 《农民工工资支付保障条例》 has the words
        # of 保障农民工工资支付条例 in another order (no two known titles share a set).
        self.by_characters = {
            _characters(k): t for k, t in self.by_key.items() if len(k) >= _MIN_REORDERED
        }
        self.laws_by_characters = {
            _characters(k): t for k, t in self.laws.items() if len(k) >= _MIN_REORDERED
        }
        # Titles by their pattern key (lawpattern.py): 反电信网络诈骗法 under 法:电信网络诈骗.
        self.by_pattern: dict[str, list[str]] = {}
        for t in canonical:
            if (pattern := pattern_key(key(t))) is not None:
                self.by_pattern.setdefault(pattern, []).append(t)
        self.by_stem: dict[str, list[str]] = {}
        for k, t in self.by_key.items():
            if (stem := _stem(k)) is not None:
                self.by_stem.setdefault(stem, []).append(t)

    def kind_swapped(self, written_key: str) -> list[str]:
        """The known titles `written_key` is with its regulation kind word swapped."""
        stem = _stem(written_key)
        return sorted(self.by_stem.get(stem, ())) if stem is not None else []

    def nearest(self, written: str) -> list[str]:
        """The known titles `written` is a near miss of (empty: unknown or exact)."""
        if written in self.exact:
            return []
        written_key = key(written)
        if written_key in self.by_key:
            return [self.by_key[written_key]]
        if written_key.startswith(LAW_PREFIX):
            rest = written_key[len(LAW_PREFIX) :]
            # Nearest first; of two as near, the one whose start was kept: 家庭教育法 is
            # 家庭教育促进法 with a word dropped rather than 教育法 with one added.
            slips = {
                full: distance(rest, law, 2) * 100 - _common_start(rest, law)
                for law, full in self.laws.items()
                if law_slip(rest, law) or one_replaced(rest, law) or replaced_last_word(rest, law)
            }
            reordered = self.laws_by_characters.get(_characters(rest))
            swapped = self.kind_swapped(written_key) or self.law_for_regulation(rest)
            return _closest(slips) or swapped or ([reordered] if reordered else [])
        found: dict[str, int] = {}
        for known_key, title in (*self.others, *self.full_laws):
            if _qualified(written_key, known_key):
                continue
            limit = allowed_distance(known_key)
            if limit and abs(len(written_key) - len(known_key)) <= limit:
                gap = distance(written_key, known_key, limit)
                if 0 < gap <= limit and _same_document(written_key, known_key):
                    found[title] = gap
            if title not in found and one_word(written_key, known_key):
                found[title] = abs(len(written_key) - len(known_key))
        for title in self.kind_swapped(written_key):
            found.setdefault(title, 2)
        reordered = self.by_characters.get(_characters(written_key))
        if reordered and reordered != written:
            found.setdefault(reordered, 2)
        if written_key.endswith("法"):  # 《民营企业促进法》: a word of a law's short name
            for law, full in self.laws.items():
                if replaced_word(written_key, law) or one_replaced(written_key, law):
                    found.setdefault(full.removeprefix(LAW_PREFIX), 2)
                elif replaced_last_word(written_key, law):
                    found.setdefault(full.removeprefix(LAW_PREFIX), 3)  # 道路交通管理法
                elif _added_to(written_key, law) and law_slip(written_key, law):
                    found.setdefault(full.removeprefix(LAW_PREFIX), 3)  # 安全生产管理法
        for title in self.law_for_regulation(written_key):
            found.setdefault(title.removeprefix(LAW_PREFIX), 3)  # 《行政处罚条例》
        return _closest(found)

    def patterned(self, written: str) -> list[str]:
        """The known titles `written` (no known title) is on another pattern of: 反 or
        防治 moved (电信网络诈骗防治法), a regulation's kind changed (优化营商环境管理办法)."""
        if written in self.exact or key(written) in self.by_key:
            return []
        pattern = pattern_key(key(written))
        found = sorted(self.by_pattern.get(pattern, ())) if pattern else []
        if not written.startswith(LAW_PREFIX):  # cited without it, named so
            found = [t.removeprefix(LAW_PREFIX) for t in found]
        return found

    def law_for_regulation(self, written_key: str) -> list[str]:
        """The law `written_key` names with its kind word swapped, when it is no known
        title: 《行政处罚条例》 for 行政处罚法, 《政府信息公开法》 for the 条例 (a real
        law or regulation of the other kind, the rest of the name the same)."""
        if written_key.endswith(_REGULATION_KINDS):
            law = self.laws.get(written_key[:-2] + "法")
            return [law] if law and len(written_key) - 2 >= _MIN_LAW_STEM else []
        if written_key.endswith("法") and len(written_key) - 1 >= _MIN_LAW_STEM:
            stem = written_key[:-1]
            return [self.by_key[stem + "条例"]] if stem + "条例" in self.by_key else []
        return []


# A word that makes another document of a known one: a province's 实施意见 of the
# central 意见, a 试行 version, a 补充 to it.
_QUALIFIERS = ("实施", "试行", "暂行", "补充", "具体", "若干")
# Characters a writer slips in without changing the name: 职责的规定 for 职责规定.
_PARTICLES = "的和与及之"


def _qualified(written: str, right: str) -> bool:
    """`written` is `right` with a qualifier added: another real document."""
    if len(written) != len(right) + 2:  # every qualifier is two characters
        return False
    return any(
        written[:i] + written[i + len(word) :] == right
        for word in _QUALIFIERS
        for i in range(len(written))
        if written.startswith(word, i)
    )


def certain_slip(written: str, right: str) -> bool:
    """Whether `written` is surely `right` mistyped, not possibly another document: the
    same characters (punctuation, brackets, 年 aside), one look-alike character, one
    character dropped or a particle slipped in, the years of a plan changed into a range
    that overlaps its own (plans of one name follow each other), or a law's name with a
    slip of the kinds law_slip knows (the laws are all listed). Any other near miss may be
    a document the tables do not hold: a warning, with no fix."""
    w, r = key(written), key(right)
    if w == r:
        return True
    if r.startswith(LAW_PREFIX) and w[len(LAW_PREFIX) :] == r[len(LAW_PREFIX) :]:
        return distance(w[: len(LAW_PREFIX)], LAW_PREFIX, 1) == 1  # 中华人民共合国
    if w.startswith(LAW_PREFIX) and r.startswith(LAW_PREFIX):
        return law_slip(w[len(LAW_PREFIX) :], r[len(LAW_PREFIX) :])
    if len(w) == len(r):
        differ = [(a, b) for a, b in zip(w, r, strict=True) if a != b]
        if len(differ) == 1 and frozenset(differ[0]) in similar_pairs():
            return True
        return all(a.isdigit() and b.isdigit() for a, b in differ) and _overlap(w, r)
    shorter, longer = sorted((w, r), key=len)
    if len(longer) - len(shorter) != 1 or len(longer) < 5:
        return False
    dropped = [longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer))]
    return any(dropped) and (
        len(w) < len(r) or any(ok and longer[i] in _PARTICLES for i, ok in enumerate(dropped))
    )


_RANGE = lazy_compile(r"((?:19|20)\d{2})((?:19|20)\d{2})")


def _overlap(written: str, right: str) -> bool:
    one, other = _RANGE.search(written), _RANGE.search(right)
    if not one or not other:
        return False
    start, end = int(one[1]), int(one[2])
    return start <= int(other[2]) and int(other[1]) <= end and start <= end


def _common_start(one: str, other: str) -> int:
    return next((i for i, (a, b) in enumerate(zip(one, other, strict=False)) if a != b),
                min(len(one), len(other)))  # fmt: skip


def _characters(title_key: str) -> str:
    return "".join(sorted(title_key))


def _closest(found: dict[str, int]) -> list[str]:
    """The titles at the smallest distance (several: the clerk chooses)."""
    if not found:
        return []
    best = min(found.values())
    return sorted(t for t, gap in found.items() if gap == best)


def _same_document(written: str, right: str) -> bool:
    if len(right) <= 6:  # short names: 《行政处法》, not 《渔业法》 for 《农业法》
        return one_slip(written, right)
    if len(written) > len(right) and (written[0] != right[0] or written[-1] != right[-1]):
        return False  # a place in front (河南省…) or a kind of document behind (…实施办法)
    return not (written[-2:] != right[-2:] and written.endswith(_OTHER_DOCUMENTS))


# The modules whose code builds the table: this one and all it imports from reportgen
# (tests/test_genre_cache.py checks the list against the imports), and the tables it
# reads. They key the table kept in __pycache__: an edit of any builds it again.
BUILDERS = (
    "rules/titletable.py",
    "rules/keptbuilds.py",
    "rules/knowledge.py",
    "rules/matching.py",
    "rules/nearmiss.py",
    "rules/lawpattern.py",
    "rules/wordlists.py",
    "keptfiles.py",
    "rules/base.py",
    "figures/numerals.py",
    "figures/quantities.py",
    "figures/spans.py",
    "lazyregex.py",
    "regexcache.py",
    "model.py",
    "numbering.py",
)
DATA = tuple(Path(__file__).resolve().parent / name for name in ("titles.toml", "laws.toml"))


@cache
def title_table() -> TitleTable:
    """TitleTable(), kept between processes (rules/keptbuilds.py): ~3 ms to build."""
    table: TitleTable = kept(
        "title-table",
        lambda: {"table": TitleTable()},
        lambda kept: isinstance(kept.get("table"), TitleTable),
        DATA,
        (),
        BUILDERS,
    )["table"]
    return table
