"""Raw WordprocessingML: the one layer that knows tags and python-docx's private parts.

Everything that touches XML directly lives here (East Asian fonts, character
spacing, the document grid, indents in character units, PAGE fields, quotation-mark
runs, the font table and theme, relationships, deterministic packaging), so the rest
of the code reads as styles, paragraphs and parts, the way python-docx keeps its own
`oxml` layer apart. It builds on python-docx's element classes (CT_P, CT_R, CT_PPr,
CT_RPr), whose get_or_add_* methods know the schema's child order.
"""

from .fonts import FontEntry, chinese_theme, font_table, set_chinese_settings
from .package import (
    CONTENT_TYPES,
    Relationship,
    content_types,
    deterministic_package,
    field_instructions,
    relationships,
    write_package,
    xml_parts,
)
from .paragraphs import (
    QUOTATION_MARKS,
    append_page_field,
    emphasise,
    insert_paragraph_before,
    isolate_quotes,
    keep_with_next,
    paragraphs,
    parse,
    remove,
    runs,
    serialize,
    set_indents,
    text,
)
from .properties import (
    clear_first_line,
    default_east_asian_font,
    prune_styles,
    set_auto_space,
    set_bottom_border,
    set_character_spacing,
    set_chinese_language,
    set_doc_defaults,
    set_doc_grid,
    set_first_line_chars,
    set_fonts,
    set_hanging,
    set_outline_level,
    set_overflow_punctuation,
    set_snap_to_grid,
    style_east_asian_font,
)

__all__ = [
    "CONTENT_TYPES",
    "QUOTATION_MARKS",
    "FontEntry",
    "Relationship",
    "append_page_field",
    "chinese_theme",
    "clear_first_line",
    "content_types",
    "default_east_asian_font",
    "deterministic_package",
    "emphasise",
    "field_instructions",
    "font_table",
    "insert_paragraph_before",
    "isolate_quotes",
    "keep_with_next",
    "paragraphs",
    "parse",
    "prune_styles",
    "relationships",
    "remove",
    "runs",
    "serialize",
    "set_auto_space",
    "set_bottom_border",
    "set_character_spacing",
    "set_chinese_language",
    "set_chinese_settings",
    "set_doc_defaults",
    "set_doc_grid",
    "set_first_line_chars",
    "set_fonts",
    "set_hanging",
    "set_indents",
    "set_outline_level",
    "set_overflow_punctuation",
    "set_snap_to_grid",
    "style_east_asian_font",
    "text",
    "write_package",
    "xml_parts",
]
