"""`reportgen import`: an existing report (.docx or .txt) becomes data.

read (file → paragraphs) → parse (paragraphs → report data) → write (data/YEAR.json).
Import reports what it normalised or could not place; it never refuses a report for
what `validate` would flag.
"""
