"""reportgen: a township's annual rule-of-law government report, from data to 公文."""

import os

__version__ = "0.1.0"

# pydantic scans every installed package's metadata for observability plugins the first
# time it builds a validator (typer builds some for the command line, before our model):
# about 40 ms of a validate run. reportgen uses none.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
