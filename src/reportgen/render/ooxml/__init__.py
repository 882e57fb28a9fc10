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
    NESTED_FIELD,
    Relationship,
    content_types,
    deterministic_package,
    field_codes,
    has_mail_merge,
    related_root,
    relationships,
    write_package,
    xml_parts,
)
from .page import PageSetup, page_setup, twips
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
)
from .styles import RunLook, StyleTable, default_east_asian_font

__all__ = [
    "CONTENT_TYPES",
    "NESTED_FIELD",
    "QUOTATION_MARKS",
    "FontEntry",
    "PageSetup",
    "Relationship",
    "RunLook",
    "StyleTable",
    "append_page_field",
    "chinese_theme",
    "clear_first_line",
    "content_types",
    "default_east_asian_font",
    "deterministic_package",
    "emphasise",
    "field_codes",
    "font_table",
    "has_mail_merge",
    "insert_paragraph_before",
    "isolate_quotes",
    "keep_with_next",
    "page_setup",
    "paragraphs",
    "parse",
    "prune_styles",
    "related_root",
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
    "text",
    "twips",
    "write_package",
    "xml_parts",
]
