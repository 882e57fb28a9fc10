"""reportgen: a township's annual rule-of-law government report, from data to 公文."""

__version__ = "0.1.0"
