"""`reportgen import`: an existing report (.docx or .txt) becomes data.

read (file → paragraphs) → parse (paragraphs → `Report`: top.py above the body, body.py
the numbered body, bottom.py the signature block) → write (data/YEAR.json, in the
model's order). Import reports what it normalised, left out or found missing; it never
refuses a report for what `validate` would flag.
"""
