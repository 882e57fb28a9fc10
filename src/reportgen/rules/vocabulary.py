"""The genre's words, which the general lexicon lacks: vocabulary.txt, the phrase and law
tables, and the names a report gives its own organs and places (柏山镇 → 柏山).

The lexicon tools built from them (a segmenter and a slip finder) are made once for the
genre and extended by each report's names.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..lexicon.index import FILE as LEXICON_FILE
from ..lexicon.index import lexicon
from ..lexicon.layout import offset
from ..lexicon.segment import Segmenter, Vocabulary
from ..lexicon.slips import COMMON, FUNCTION_CHARACTERS, SlipFinder
from ..lexicon.slips import _blanked as blanked_words
from ..model import Report
from .keptbuilds import kept
from .wordlists import table_file

# Levels of places, longest first (自治县 before 县), and the organ words around them.
_LEVELS = (
    "自治区",
    "自治州",
    "自治县",
    "街道",
    "社区",
    "省",
    "市",
    "州",
    "盟",
    "县",
    "旗",
    "区",
    "镇",
    "乡",
    "村",
)
_ORGAN_WORDS = (
    "中国共产党", "中共", "人民代表大会", "人民政府", "委员会", "办事处", "党工委", "党委",
    "政府", "人大", "政协", "纪委", "常委会", "办公室", "司法局", "司法所", "人民法院",
    "人民检察院", "公安局",
)  # fmt: skip


def _ideographs(word: str) -> bool:
    return bool(word) and all(offset(char) >= 0 for char in word)


# The frequency a word of the genre is given (of jieba's 60 million): that of a common
# word, such as 化解 (621) or 调解 (711), so that a slip one character from it is found.
GENRE_FREQUENCY = 1000


def genre_frequency() -> int:
    return GENRE_FREQUENCY


def _word_list() -> list[str]:
    """vocabulary.txt: words separated by spaces, `#` comments. A plain list, not TOML:
    tomllib takes milliseconds over a thousand words, and validate pays them each run."""
    text = resources.files(__package__).joinpath("vocabulary.txt").read_text(encoding="utf-8")
    return [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]


# The frequency a half of the genre's compound phrases is given (compound_parts): a word
# where it stands (提质 in 提质扩面, not 体质 with a slip), yet below slips.COMMON, so that
# it is never proposed as the word a slip was meant for.
PART_FREQUENCY = COMMON // 2


def _phrase_words() -> list[str]:
    """The genre's words and fixed phrases, without the names of laws and organs."""
    words = _word_list()
    words += table_file("idioms")["phrases"]["words"]
    words += table_file("phrases")["phrases"].values()
    return words


def _genre_words() -> tuple[str, ...]:
    words = _phrase_words()
    words += table_file("phrases")["organs"]["names"]
    laws = table_file("laws")["laws"]
    # A repealed law is a table with its name and dates; a law in force, its name.
    names = [
        law if isinstance(law, str) else law["name"]
        for law in (*laws["in_force"], *laws["repealed"])
    ]
    words += [name for name in names if len(name) <= 12]
    return tuple(dict.fromkeys(w for w in words if _ideographs(w)))


def place_names(names: Iterable[str]) -> set[str]:
    """The places in organs' names, bare and with their level: 中共柏山镇委员会 → 柏山镇,
    柏山; 桐江区人民政府南坪街道办事处 → 桐江区, 桐江, 南坪街道, 南坪."""
    found: set[str] = set()
    for name in names:
        for word in _ORGAN_WORDS:
            name = name.replace(word, " ")
        for piece in name.split():
            found.update(_places(piece))
    return found


def _places(piece: str) -> Iterator[str]:
    """Each place of two to four characters before a level, the level kept and dropped."""
    start = 0
    while start < len(piece):
        level = next(
            (
                (end, lv)
                for end in range(start + 2, min(start + 4, len(piece)) + 1)
                for lv in _LEVELS
                if piece.startswith(lv, end)
            ),
            None,
        )
        if level is None:
            return
        end, lv = level
        yield piece[start:end]
        yield piece[start : end + len(lv)]
        start = end + len(lv)


def report_names(report: Report) -> set[str]:
    names = [report.organ or "", *report.signatories, *report.addressees]
    return place_names(names) | {n for n in names if _ideographs(n)}


def _compound_parts(genre: tuple[str, ...]) -> tuple[str, ...]:
    """Halves of the genre's compound phrases that are words of their own: a phrase of four
    characters of vocabulary.txt that the lexicon lacks (a coinage, not an idiom), split two
    and two, one half a common word and the other unknown (提质增效: 增效, so 提质; 提档升级,
    诉源治理, 小微企业). The genre combines such halves freely (提质扩面, 提质升级, 小微权力),
    and a half the lexicon does not know would be taken for a slip (提质 for 体质). Halves
    holding a function character are left out: 设区的市 has no word 的市."""
    words = lexicon()
    vocabulary = dict.fromkeys(genre, genre_frequency())
    known: dict[str, int] = {}  # halves recur (依法治县, 依法治市 …): each looked up once

    def freq(word: str) -> int:
        found = known.get(word)
        if found is None:
            found = known[word] = max(words.freq(word), vocabulary.get(word, 0))
        return found

    parts: list[str] = []
    for phrase in _word_list():
        # Four ideographs, tested per character: the class [\u3400-\u9fff] costs `re` 2 ms.
        if len(phrase) != 4 or not all("\u3400" <= char <= "\u9fff" for char in phrase):
            continue
        for other, part in ((phrase[:2], phrase[2:]), (phrase[2:], phrase[:2])):
            if FUNCTION_CHARACTERS.intersection(part) or freq(part) or freq(other) < COMMON:
                continue
            if not words.freq(phrase):  # last: a word of four costs the most to find
                parts.append(part)
    return tuple(dict.fromkeys(parts))


def _look_alikes() -> dict[str, str]:
    """Each character's look-alikes: those the lexicon finds from how characters are built
    (拆 and 折, 薄 and 簿), and the look-alikes and sound-alikes of idioms.toml's [similar]
    pairs."""
    table: dict[str, str] = dict(lexicon().look_alikes)
    for pair in table_file("idioms")["similar"]["pairs"]:
        first, second = sorted(pair)
        table[first] = table.get(first, "") + second
        table[second] = table.get(second, "") + first
    return table


def _built() -> dict[str, Any]:
    """The genre's tables, built: its words, the halves of its compound phrases, its
    vocabulary for the segmenter, look-alike characters and the finder's blanked forms."""
    words = _genre_words()
    parts = _compound_parts(words)
    vocabulary = Vocabulary({}).merged(words, genre_frequency()).merged(parts, PART_FREQUENCY)
    return {
        "words": words,
        "parts": parts,
        "vocabulary": vocabulary,
        "look_alikes": _look_alikes(),
        "blanks": blanked_words(vocabulary.words),
    }


_TABLE_TYPES = (
    ("words", tuple),
    ("parts", tuple),
    ("vocabulary", Vocabulary),
    ("look_alikes", dict),
    ("blanks", dict),
)
# The modules whose code `_built` runs: this one and all it imports from reportgen
# (tests/test_genre_cache.py checks the list against the imports). Their source is in
# the kept tables' key, so an edit of any of them builds the tables again.
BUILDERS = (
    "rules/vocabulary.py",
    "rules/wordlists.py",
    "rules/keptbuilds.py",
    "lexicon/index.py",
    "lexicon/layout.py",
    "lexicon/segment.py",
    "lexicon/slips.py",
    "lexicon/slipkinds.py",
    "lazyregex.py",
    "regexcache.py",
    "keptfiles.py",
    "model.py",
    "numbering.py",
)
_HERE = Path(__file__).resolve().parent
DATA = tuple(
    _HERE / name for name in ("vocabulary.txt", "idioms.toml", "phrases.toml", "laws.toml")
)


@cache
def genre_tables() -> dict[str, Any]:
    """_built(), kept in __pycache__ between processes (rules/keptbuilds.py)."""
    return kept(
        "genre-tables",
        _built,
        lambda table: all(isinstance(table.get(k), kind) for k, kind in _TABLE_TYPES),
        DATA,
        (LEXICON_FILE,),
        BUILDERS,
    )


def genre_words() -> tuple[str, ...]:
    words: tuple[str, ...] = genre_tables()["words"]
    return words


def compound_parts() -> tuple[str, ...]:
    parts: tuple[str, ...] = genre_tables()["parts"]
    return parts


def genre_vocabulary() -> Vocabulary:
    vocabulary: Vocabulary = genre_tables()["vocabulary"]
    return vocabulary


def look_alikes() -> dict[str, str]:
    table: dict[str, str] = genre_tables()["look_alikes"]
    return table


@cache
def genre_finder() -> SlipFinder:
    tables = genre_tables()
    return SlipFinder(Segmenter(tables["vocabulary"]), tables["look_alikes"], tables["blanks"])


def report_finder(report: Report) -> SlipFinder:
    """The genre's slip finder with the report's own names as words."""
    return _finder_with(frozenset(report_names(report)))


@lru_cache(maxsize=8)  # several rules ask for one report's
def _finder_with(names: frozenset[str]) -> SlipFinder:
    if not names:
        return genre_finder()
    return genre_finder().extended(sorted(names), genre_frequency())


def report_segmenter(report: Report) -> Segmenter:
    return report_finder(report).segmenter
