"""The addressees' line above the opening (主送机关): organ names ending in ：."""

from __future__ import annotations

import re

from ..organs import is_organ_name
from .frame import is_prose, reading


def addressees_then_text(text: str) -> tuple[list[str], str] | None:
    """中共临溪县委、临溪县人民政府：2024年，柳湾镇…: the line breaks lost in a copy."""
    at = reading(text).find("：")  # a half-width colon is read as the full-width one
    head, colon, rest = (text[: at + 1], ":", text[at + 1 :]) if at >= 0 else (text, "", "")
    names = read_addressees(head) if colon and rest.strip() else None
    return (names, rest.strip()) if names and is_prose(rest) else None


def read_addressees(text: str) -> list[str] | None:
    """Organ names separated by 、 (or a comma, or spaces) and ending in ：."""
    if not text.endswith(("：", ":")):
        return None
    names = [n for n in re.split(r"[、，,\s\u3000]+", text[:-1]) if n]
    if names and all(is_organ_name(n) for n in names):
        return names
    return None
