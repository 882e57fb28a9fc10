"""A known title written on another pattern (T003): a law's 反 or 防治 moved or dropped
(《电信网络诈骗防治法》 for 反电信网络诈骗法, 《家庭暴力防治法》 for 反家庭暴力法), or a
regulation's kind word changed, with or without 管理 or 暂行 (《优化营商环境管理办法》 for
优化营商环境条例). Such a title is far from the known one by characters, so the near-miss
search of titletable.py does not find it; its pattern key does.

A title's pattern key is what stays when the pattern is taken off: the law's subject
without 反/预防/防范/打击治理… before it and 防治/防范/治理… after it, or the regulation's subject
without its kind word and 管理/暂行. The kind (法, or a regulation's) stays in the key: a
law named as a regulation is titletable.py's own case.
"""

from __future__ import annotations

LAW_PREFIX = "中华人民共和国"
# Longest first: 打击治理 before 打击.
_LAW_BEFORE = ("打击治理", "反", "预防", "防范", "打击", "惩治", "禁止", "防治")
_LAW_AFTER = ("防治", "防范", "预防", "治理", "惩治")
_REGULATION_KINDS = ("条例", "办法", "规定")
_KIND_QUALIFIERS = ("管理", "暂行")
# A subject this long pins one title down (家庭暴力, 优化营商环境); 洗钱 or 垄断 alone
# could be a word of many titles.
_MIN_SUBJECT = 4


def _law_subject(name: str) -> str:
    for before in _LAW_BEFORE:
        if name.startswith(before):
            name = name[len(before) :]
            break
    for after in _LAW_AFTER:
        if name.endswith(after):
            return name[: -len(after)]
    return name


def pattern_key(title_key: str) -> str | None:
    """The title's key with its pattern taken off, or None when too little is left."""
    rest = title_key.removeprefix(LAW_PREFIX)
    if rest.endswith(_REGULATION_KINDS):  # before 法: 办法 ends in it
        subject, kind = rest[:-2], "规"
        for qualifier in _KIND_QUALIFIERS:
            subject = subject.removesuffix(qualifier)
    elif rest.endswith("法"):
        subject, kind = _law_subject(rest[:-1]), "法"
    else:
        return None
    return f"{kind}:{subject}" if len(subject) >= _MIN_SUBJECT else None


def how_changed(written: str, right: str) -> str:
    """What the known title's pattern is, in Chinese: what the written one changed."""
    if written.startswith(LAW_PREFIX) and written.removeprefix(LAW_PREFIX) == right:
        return "它的名称不带“中华人民共和国”"
    right = right.removeprefix(LAW_PREFIX)
    if right.endswith("法") and not right.endswith("办法"):
        if right.startswith("反"):
            return "这部法律的名称是“反……法”"
        return "这部法律名称里“防治、预防、防范”的位置和写法是固定的"
    qualifier = next((q for q in _KIND_QUALIFIERS if right[:-2].endswith(q)), "")
    return f"这份文件的文种是“{qualifier}{right[-2:]}”"
