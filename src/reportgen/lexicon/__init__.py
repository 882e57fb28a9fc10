"""A Chinese lexicon with word frequencies, parts of speech and readings (from jieba-py and
pypinyin, generated into lexicon.bin by build.py), and what reportgen does with it: find
the words of a text (segment.py) and the slips in them (slips.py)."""
