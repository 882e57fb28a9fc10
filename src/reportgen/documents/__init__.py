"""The clerk's own document (.docx or .txt) as an input of validate, build and show.

source.py reads the document as paragraphs of text (and, for Word, the elements that
hold each character); sourcemap.py finds where each string of the imported report
came from; wording.py says findings in the document's terms; opening.py puts these
together: a path in, the report, import's notes and the findings' places out.
"""
