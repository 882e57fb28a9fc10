"""What T009 leaves alone though the lexicon proposes a word: a span probably written as
meant. A span the report writes more than once, a place before its level (桐江区), a name
after a title (镇长王晓燕), 向 after a subject (政府主动向党委报告), anything in 《》 (T003's) or in quotation marks that hold a name
(a slogan, a campaign), a four-character pattern that repeats a character (乱搭乱建,
暖企惠企), a span across two common words, and a document number's code (政发).
"""

from __future__ import annotations

from ..lazyregex import lazy_compile
from ..lexicon.layout import offset
from ..lexicon.slips import COMMON, Slip, SlipFinder

# Fields that are names, not prose: the finder's proposals there would be about names.
NAME_FIELDS = ("organ", "addressees", "signatories", "masthead")
_LEVEL_AFTER = lazy_compile(r"(?:省|市|县|区|镇|乡|村|街道|社区|州|旗|盟)")
_TITLE_BEFORE = lazy_compile(
    r"(?:书记|镇长|乡长|县长|区长|市长|主任|局长|所长|部长|科长|队长|组长|委员|同志|律师)$"
)
# 向 opening a span after a subject, with the adverbs that may stand between: the
# preposition (县乡两级政府主动向党委报告, 各村定期向党委报告), not a slip of 乡党委. A
# list of levels (县乡两级, 市县乡三级) is a subject too.
_SUBJECT_BEFORE = lazy_compile(
    r"(?:政府|部门|单位|机关|党委|党组|党工委|支部|人大|法院|检察院|司法所|派出所|站所|股室"
    r"|村|社区|村委会|居委会|办事处|街道|[两三四五]级|各级|本级|我[镇乡县区局])"
    r"(?:主动|及时|定期|每年|每季度|每半年|按时|按期|逐级|分别|如实|书面|专题|均|都|也|须|应|要"
    r"|必须|应当|每月)*$"
)
_QUOTED_TERM = 10  # “首违不罚”: a quoted term this short is a name for something
# A longer quoted piece is still a name (of a campaign, a column, a brand) or a slogan,
# quoted as it is given, when it holds no sentence: no comma, no stop (“法治进万家、便民利企行”).
_QUOTED_NAME = 30
_QUOTES = (("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"), ("〝", "〞"))
_SENTENCE_MARKS = frozenset("。！？；，!?;,")
# A document number's code (冀政发〔2020〕12号, 县政办函〔2024〕3号, a local one such as
# 城委法办白头〔2025〕1号 when the number's whole shape follows) is an abbreviation, not
# prose: 政发 is no slip of 政法.
DOCUMENT_CODE = lazy_compile(
    r"[\u4e00-\u9fff]{1,4}(?:办发|办函|发|函|字|电|规)(?=\s*[〔\[［(（]\s*(?:19|20)\d{2})"
    r"|[\u4e00-\u9fff]{2,8}(?=〔(?:19|20)\d{2}〕\d{1,4}号)"
)


def in_code(slip: Slip, codes: list[tuple[int, int]]) -> bool:
    """The slip lies in a document number's code (政发)."""
    return any(s < slip.end and slip.start < e for s, e in codes)


def _enclosed(text: str, start: int, end: int, opening: str, closing: str, limit: int) -> bool:
    before = text.rfind(opening, 0, start)
    if before < 0 or text.rfind(closing, before, start) >= 0:
        return False
    after = text.find(closing, end)
    return after >= 0 and text.find(opening, end, after) < 0 and after - before - 1 <= limit


def _paired(slip: Slip, text: str, finder: SlipFinder) -> bool:
    """The span lies in a four-character pattern that repeats a character (乱搭乱建, 涉法涉诉,
    应收尽收) whose two other characters fit: together they make a word (搭建), each makes
    a word with the repeated one (涉法, 涉诉), or, after 乱, each is a verb (乱挖乱采); or
    that repeats a noun as two verbs' object (暖企惠企)."""
    for left in range(max(0, slip.end - 4), slip.start + 1):
        four = text[left : left + 4]
        if len(four) < 4 or not all(offset(char) >= 0 for char in four):
            continue
        for same, one, other in ((0, 1, 3), (1, 0, 2)):
            if four[same] != four[same + 2]:
                continue
            if _fit(four[same], four[one], four[other], finder) or (
                same and _object(four[1], finder)
            ):
                return True
    return False


def _object(repeated: str, finder: SlipFinder) -> bool:
    """A noun written twice after two verbs (暖企惠企, 护企兴企, 扶企助企): a verb + object
    pattern the government coins freely, each verb taking the same object."""
    return (finder.lexicon.tag(repeated) or "x").startswith("n")


def _fit(repeated: str, one: str, other: str, finder: SlipFinder) -> bool:
    if finder.freq(one + other) or (finder.freq(repeated + one) and finder.freq(repeated + other)):
        return True
    return repeated == "乱" and all(
        (finder.lexicon.tag(char) or "x").startswith("v") for char in (one, other)
    )


def _split(slip: Slip, text: str, finder: SlipFinder) -> bool:
    """A two-character span across two common words, each of which it cuts (党建引领 read
    as 党 | 建引 | 领): the clause reads as the two words, so the split wins over a slip."""
    start, end = slip.start, slip.end
    if end - start != 2 or start == 0 or end == len(text):
        return False
    return all(finder.freq(text[at : at + 2]) >= COMMON for at in (start - 1, end - 1))


def meant(slip: Slip, text: str, whole: str, finder: SlipFinder) -> bool:
    """The span is probably written as meant: see the module's docstring."""
    if _paired(slip, text, finder) or _split(slip, text, finder):
        return True
    if whole.count(slip.written) >= 2:
        return True
    if _LEVEL_AFTER.match(text, slip.end) or _LEVEL_AFTER.search(slip.written[-1]):
        return True  # 桐江区, 桐溪县: a place the lexicon does not know
    if _TITLE_BEFORE.search(text, 0, slip.start):
        return True
    if slip.written.startswith("向") and _SUBJECT_BEFORE.search(text, 0, slip.start):
        return True  # 政府主动向党委报告: the preposition
    if _enclosed(text, slip.start, slip.end, "《", "》", len(text)):
        return True
    return _quoted_name(slip, text)


def _quoted_name(slip: Slip, text: str) -> bool:
    """The span lies in quotation marks that hold a name: a term of ten characters or
    fewer, or up to thirty with no comma or stop in it (“法治进万家、便民利企行”系列活动);
    a quoted sentence is still read. Curly, corner and straight quotation marks alike:
    pasted text brings any of them."""
    pieces = [
        (text.rfind(opening, 0, slip.start), text.find(closing, slip.end))
        for opening, closing in _QUOTES
        if _enclosed(text, slip.start, slip.end, opening, closing, _QUOTED_NAME)
    ]
    straight = [at for at, char in enumerate(text) if char == '"']
    pieces += [
        (begin, finish)
        for begin, finish in zip(straight[::2], straight[1::2], strict=False)
        if begin < slip.start and slip.end <= finish
    ]
    for begin, finish in pieces:
        inside = text[begin + 1 : finish]
        if len(inside) <= _QUOTED_TERM:
            return True
        if len(inside) <= _QUOTED_NAME and not _SENTENCE_MARKS.intersection(inside):
            return True
    return False
