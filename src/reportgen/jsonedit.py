"""Edit string values inside JSON text in place, keeping key order, layout and the rest.

`validate --fix` must change only the characters it reports; re-serialising the
whole file would reflow a clerk's formatting. A small scanner finds where each
string value sits so that only that token is rewritten.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from .lazyregex import lazy_compile

JsonPath = tuple[str | int, ...]

_WHITESPACE = lazy_compile(r"[ \t\n\r]*")
_STRING = lazy_compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_SCALAR = lazy_compile(r"-?\d[\d.eE+-]*|true|false|null")


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.strings: dict[JsonPath, tuple[int, int]] = {}

    def skip(self) -> None:
        self.pos = _WHITESPACE.match(self.text, self.pos).end()  # type: ignore[union-attr]

    def string(self) -> tuple[int, int]:
        match = _STRING.match(self.text, self.pos)
        if match is None:
            raise ValueError(f"expected a string at {self.pos}")
        self.pos = match.end()
        return match.span()

    def value(self, path: JsonPath) -> None:
        self.skip()
        char = self.text[self.pos]
        if char == "{":
            self.pos += 1
            self.skip()
            if self.text[self.pos] == "}":
                self.pos += 1
                return
            while True:
                self.skip()
                start, end = self.string()
                key = json.loads(self.text[start:end])
                self.skip()
                self.pos += 1  # the colon
                self.value((*path, key))
                self.skip()
                char = self.text[self.pos]
                self.pos += 1
                if char == "}":
                    return
        elif char == "[":
            self.pos += 1
            self.skip()
            if self.text[self.pos] == "]":
                self.pos += 1
                return
            index = 0
            while True:
                self.value((*path, index))
                index += 1
                self.skip()
                char = self.text[self.pos]
                self.pos += 1
                if char == "]":
                    return
        elif char == '"':
            self.strings[path] = self.string()
        else:
            match = _SCALAR.match(self.text, self.pos)
            if match is None:
                raise ValueError(f"unexpected {char!r} at {self.pos}")
            self.pos = match.end()


def value_at(data: Any, path: JsonPath) -> Any:
    """The value at `path` in parsed JSON: ("parts", 1, "heading") → data["parts"][1]["heading"]."""
    for key in path:
        data = data[key]
    return data


def string_spans(text: str) -> dict[JsonPath, tuple[int, int]]:
    """Where each string value of a valid JSON document stands, quotes included."""
    scanner = _Scanner(text)
    scanner.value(())
    return scanner.strings


def replace_strings(text: str, values: Mapping[JsonPath, str]) -> str:
    """The JSON text with the string values at `values`' paths replaced, all else untouched."""
    spans = string_spans(text)
    for path in sorted(values, key=lambda p: spans[p][0], reverse=True):
        start, end = spans[path]
        text = text[:start] + json.dumps(values[path], ensure_ascii=False) + text[end:]
    return text
