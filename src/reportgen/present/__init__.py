"""How results look in the terminal (rich) and as JSON: formatting only, no logic.

One module per kind of result; each loads rich and nothing of the model.
"""
