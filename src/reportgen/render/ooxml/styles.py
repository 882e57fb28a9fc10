"""A styles part read as a table: each style's id, name, type and base, and any property
resolved through `basedOn` chains once for every style.

python-docx answers "what is this style's base" by scanning every style (an XPath
query per step), so resolving a property through a chain of n styles for each of n
styles cost n³: a 20 KB template of chained styles took minutes. Here each style is
visited once, and a chain that loops (A based on B based on A) ends where it closes.
Values are read from the XML as written, never through python-docx's typed properties,
which raise on a value outside the schema ("abc" for a style's type).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from docx.oxml.ns import qn

T = TypeVar("T")
_STYLE, _NAME, _BASED_ON = qn("w:style"), qn("w:name"), qn("w:basedOn")
_STYLE_ID, _TYPE, _DEFAULT, _VAL = qn("w:styleId"), qn("w:type"), qn("w:default"), qn("w:val")
_RPR, _B, _VANISH, _RSTYLE = qn("w:rPr"), qn("w:b"), qn("w:vanish"), qn("w:rStyle")
_DOC_DEFAULT_RPR = f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}"
_OFF = ("0", "false", "off")


def on(element: Any) -> bool | None:
    """An on/off property (w:b, w:vanish…): None when absent; present without w:val, or
    with any value but 0/false/off, is on (as Word reads a value it does not know)."""
    return None if element is None else switched_on(element.get(_VAL, "true"))


def switched_on(value: str) -> bool:
    return str(value).strip().lower() not in _OFF


@dataclass
class StyleTable:
    """The styles of one styles part, by id. The first definition of an id wins, as in
    Word; a style without an id cannot be referred to and is left out."""

    elements: dict[str, Any] = field(default_factory=dict)
    bases: dict[str, str | None] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # id → name as the clerk sees it
    types: dict[str, str] = field(default_factory=dict)  # id → paragraph, character…
    defaults: dict[str, str] = field(default_factory=dict)  # type → its default style id

    @classmethod
    def read(cls, styles: Any) -> StyleTable:
        """The table of a w:styles element (None: a package without a styles part)."""
        from docx.styles import BabelFish

        table = cls()
        for element in () if styles is None else styles.iterchildren(_STYLE):
            style_id = element.get(_STYLE_ID)
            if style_id is None or style_id in table.elements:
                continue
            table.elements[style_id] = element
            base = element.find(_BASED_ON)
            table.bases[style_id] = None if base is None else base.get(_VAL)
            name = element.find(_NAME)
            # Word stores built-in names in English lower case ("heading 1"); python-docx
            # shows them as Word's UI does, and so do the messages here.
            table.names[style_id] = BabelFish.internal2ui(
                style_id if name is None else str(name.get(_VAL, style_id))
            )
            kind = str(element.get(_TYPE, "paragraph"))
            table.types[style_id] = kind
            if switched_on(element.get(_DEFAULT, "0")):
                table.defaults[kind] = style_id  # the last default of a type counts
        return table

    def inherited(self, read: Callable[[Any], T | None]) -> dict[str, T | None]:
        """For every style, `read` of the nearest style in its basedOn chain, itself
        first, that gives a value (None: none does, the chain leaves the table, or it
        loops before one does). Linear: each style's answer is worked out once."""
        result: dict[str, T | None] = {}
        for start in self.elements:
            path: list[str] = []
            on_path: set[str] = set()
            value: T | None = None
            current: str | None = start
            while True:
                if current in result:
                    value = result[current]
                    break
                if current is None or current not in self.elements or current in on_path:
                    break  # the chain ends, names a style that is not there, or loops
                on_path.add(current)
                path.append(current)
                value = read(self.elements[current])
                if value is not None:
                    break
                current = self.bases[current]
            for style_id in path:
                result[style_id] = value
        return result

    def east_asian_fonts(self) -> dict[str, str | None]:
        """The East Asian font each style names, itself or through its bases."""
        return self.inherited(_east_asian_font)


def default_east_asian_font(styles: Any) -> str | None:
    """The East Asian font of the document's default run properties."""
    defaults = None if styles is None else styles.find(_DOC_DEFAULT_RPR)
    fonts = None if defaults is None else defaults.find(qn("w:rFonts"))
    return None if fonts is None else fonts.get(qn("w:eastAsia"))


def _east_asian_font(style: Any) -> str | None:
    fonts = style.find(f"{_RPR}/{qn('w:rFonts')}")
    return None if fonts is None else fonts.get(qn("w:eastAsia")) or None  # "": not named


def _run_property(style: Any, tag: str) -> bool | None:
    properties = style.find(_RPR)
    return None if properties is None else on(properties.find(tag))


class RunLook:
    """Whether a run is bold and whether it is hidden, from its own properties and its
    styles, each style's answer worked out once.

    Bold as python-docx's `Run.bold` and `Run.style` read it: the run's own w:b, else
    its character style's (through its bases), else the default character style's.
    Hidden text (w:vanish) set on the run is what it says; otherwise it is a toggle
    (ECMA-376 §17.7.3): the document default, the paragraph style and the character
    style, each through its bases, each switch it over.
    """

    def __init__(self, styles: Any) -> None:
        table = StyleTable.read(styles)
        self._bold = table.inherited(lambda style: _run_property(style, _B))
        self._hidden = table.inherited(lambda style: _run_property(style, _VANISH))
        self._character = table.defaults.get("character") or ""
        self._paragraph = table.defaults.get("paragraph") or ""
        defaults = None if styles is None else styles.find(_DOC_DEFAULT_RPR)
        self._hidden_by_default = bool(defaults is not None and on(defaults.find(_VANISH)))
        self._plain: dict[str | None, tuple[bool, bool]] = {}  # by paragraph style

    def of(self, properties: Any, paragraph_style: str | None) -> tuple[bool, bool]:
        """(bold, hidden) of a run with these properties (w:rPr, or None) in a paragraph
        of this style (None: the default paragraph style)."""
        if properties is None:
            plain = self._plain.get(paragraph_style)
            if plain is None:
                plain = self._plain[paragraph_style] = self._styled(
                    None, None, None, paragraph_style
                )
            return plain
        bold = hidden = character = None
        for child in properties:  # one pass: run properties hold a handful of children
            tag = child.tag
            if tag == _B:
                bold = on(child)
            elif tag == _VANISH:
                hidden = on(child)
            elif tag == _RSTYLE:
                character = child.get(_VAL)
        return self._styled(bold, hidden, character, paragraph_style)

    def _styled(
        self,
        bold: bool | None,
        hidden: bool | None,
        character: str | None,
        paragraph_style: str | None,
    ) -> tuple[bool, bool]:
        if character not in self._hidden:
            character = self._character  # none, or one the table lacks: the default
        if bold is None:
            bold = bool(self._bold.get(character or ""))
        if hidden is None:
            hidden = (
                self._hidden_by_default
                ^ bool(self._hidden.get(paragraph_style or self._paragraph))
                ^ bool(self._hidden.get(character or ""))
            )
        return bold, hidden
