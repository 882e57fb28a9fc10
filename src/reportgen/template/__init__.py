"""The Word template: make.py makes the default one, read.py reads a template file and
refuses an unsafe one, check.py lists what a county's template lacks.

Nothing here is imported by render/: the renderer receives the template's bytes.
"""
