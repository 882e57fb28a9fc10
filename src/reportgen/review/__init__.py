"""`reportgen review`: the county's side. Every report received, checked in one run.

gather (gather.py: which files) → check in parallel (parallel.py running check.py in
worker processes: import in memory, proofread, take the facts) → summarise
(summarise.py: the year under review, duplicates, other years, verdicts). The result is
plain facts (facts.py); present/review/ shows it as a terminal table, HTML, XLSX or JSON.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from .facts import Review
from .gather import gather, relative_names
from .parallel import Progress, check_all
from .summarise import summarise


def review(
    files: Sequence[Path],
    year: int | None = None,
    progress: Progress = lambda path: None,
    workers: int | None = None,
    annotate_to: Mapping[Path, Path] | None = None,
) -> Review:
    """Check `files` (from `gather`) and summarise them; `year` is the year under review
    (default: the year most reports are of); `annotate_to` maps each Word report to
    where its marked copy goes."""
    return summarise(check_all(files, progress, workers, annotate_to), year)


__all__ = ["Review", "gather", "relative_names", "review"]
