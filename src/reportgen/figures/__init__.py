"""The figures of a report's text and what the text itself asserts of them.

Independent of the proofreader's plumbing: each function takes plain text (and the figures
`quantities.figures` read from it) and returns plain values; the rules in rules/ say what
they mean to a clerk. numerals reads numbers, quantities finds figures with their units
and ranges, spans finds sentences and the words before a figure, rounding says whether a
stated percentage agrees with a ratio; totals, rates, changes, counts and repeats each
check one kind of assertion.
"""
