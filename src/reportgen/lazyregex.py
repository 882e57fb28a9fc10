"""Regexes compiled on their first use, not when their module is imported.

A module of the proofreader keeps its patterns at module level, where they read best;
compiling them all at import cost every `validate` about 20 ms for the ones the report
at hand never needs (a pattern for a kind of text it does not contain, a rule's second
look that only a suspicious match calls for). `lazy_compile` takes what `re.compile`
takes and gives an object with the methods of a compiled pattern; the pattern is
compiled by the first method called, once, with regexcache's behind it (a program
kept from an earlier process).

A pattern that holds a plain word outside any group or alternative (年(?:以来|来) holds
年) cannot match a text without that word: such a text is answered at once, with no
compile and no search. Most of the proofreader's patterns find nothing in most texts.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

from . import regexcache


class LazyPattern:
    """re.compile(pattern, flags), compiled when first used."""

    __slots__ = ("_compiled", "_flags", "_needs", "_source")

    def __init__(self, pattern: str, flags: int | re.RegexFlag = 0) -> None:
        self._source = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None
        self._needs: str | None = None  # worked out on first use

    @property
    def needs(self) -> str:
        """A word every match contains ("" when none is certain)."""
        if self._needs is None:
            self._needs = required_word(self._source) if not self._flags else ""
        return self._needs

    def _cannot_match(self, string: str) -> bool:
        needs = self.needs
        return bool(needs) and needs not in string

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = regexcache.compiled(self._source, self._flags)
        return self._compiled

    @property
    def pattern(self) -> str:
        return self._source

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._cannot_match(string):
            return None
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._cannot_match(string):
            return None
        return self.compiled.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        if self._cannot_match(string):
            return None
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if self._cannot_match(string):
            return iter(())
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if self._cannot_match(string):
            return []
        return self.compiled.findall(string, pos, endpos)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        if self._cannot_match(string):
            return [string]
        return self.compiled.split(string, maxsplit)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        if self._cannot_match(string):
            return string
        return self.compiled.sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        if self._cannot_match(string):
            return string, 0
        return self.compiled.subn(repl, string, count)

    def __repr__(self) -> str:
        return f"lazy_compile({self._source!r})"


_SPECIAL = frozenset(".^$|?*+{}[]()\\")
_INLINE_FLAGS = frozenset("aiLmsux-")
_REPEATS = frozenset("?*+{")


def required_word(pattern: str) -> str:
    """The longest run of plain characters that stands outside every group, class and
    alternative of `pattern` and is not repeated or optional: every match contains it.
    "" where the pattern has an alternative at its top level or sets flags inline."""
    runs: list[str] = []
    run = ""
    depth = 0
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            runs.append(run)
            run = ""
            i += 2
            continue
        if char == "[":
            runs.append(run)
            run = ""
            i = _class_end(pattern, i)
            continue
        if char == "(":
            if pattern[i + 1 : i + 2] == "?" and pattern[i + 2 : i + 3] in _INLINE_FLAGS:
                return ""
            word, after = _plain_group(pattern, i) if depth == 0 else ("", i)
            if word:  # (?P<w>做出): a group of plain characters, once, is plain text
                run += word
                i = after
                continue
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return ""
        elif char in "?*+{" and depth == 0:
            run = run[:-1]  # the character before is optional or repeated
            if char == "{":  # past the repeat's bounds
                close = pattern.find("}", i)
                i = len(pattern) - 1 if close < 0 else close
        elif char not in _SPECIAL and depth == 0:
            run += char
            i += 1
            continue
        runs.append(run)
        run = ""
        i += 1
    runs.append(run)
    return max(runs, key=len)


def _plain_group(pattern: str, start: int) -> tuple[str, int]:
    """The characters of the group that opens at `start` and the index after it, when
    it holds only plain characters and is neither repeated nor optional; else ("", start)."""
    if pattern.startswith("(?:", start):
        first = start + 3
    elif pattern.startswith("(?P<", start):
        first = pattern.find(">", start) + 1
    elif pattern.startswith("(?", start):
        return "", start  # a look-around or a back-reference: no text of its own
    else:
        first = start + 1
    end = first
    while end < len(pattern) and pattern[end] not in _SPECIAL:
        end += 1
    if end == first or pattern[end : end + 1] != ")" or pattern[end + 1 : end + 2] in _REPEATS:
        return "", start
    return pattern[first:end], end + 1


def _class_end(pattern: str, start: int) -> int:
    """The index after the character class that opens at `start`."""
    i = start + 1
    if pattern[i : i + 1] == "^":
        i += 1
    if pattern[i : i + 1] == "]":  # a ] first in a class is a character of it
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


# What a function that takes a pattern accepts: a compiled one or a lazy one.
Pattern = re.Pattern[str] | LazyPattern


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> LazyPattern:
    """re.compile(pattern, flags), deferred to the pattern's first use."""
    return LazyPattern(pattern, flags)
