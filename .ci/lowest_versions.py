"""Say which versions the lowest-version run installed, and fail unless each direct
dependency and test tool (those of groups the test group includes too) is at the lower
bound or pin pyproject.toml gives it (or, where that exact release does not exist, the
first release of that series): `uv run --resolution lowest-direct` must really test the
lowest versions the ranges allow."""

from __future__ import annotations

import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

project = tomllib.loads(Path("pyproject.toml").read_text(encoding="utf-8"))
groups = project["dependency-groups"]


def _group(name: str) -> list[str]:
    """A group's requirements, its included groups' too ({include-group = "lexicon"})."""
    lines: list[str] = []
    for entry in groups[name]:
        lines.extend(_group(entry["include-group"]) if isinstance(entry, dict) else [entry])
    return lines


wanted = [*project["project"]["dependencies"], *_group("test")]
wrong = []
for line in wanted:
    requirement = Requirement(line)
    # A pin (==) is its own lower bound.
    bounds = [s.version for s in requirement.specifier if s.operator in (">=", "==")]
    installed = Version(version(requirement.name))
    lowest = Version(bounds[0]) if bounds else None
    fits = lowest is not None and installed.release[: len(lowest.release)] == lowest.release
    print(f"{requirement.name:<16} {line:<28} installed {installed}")
    if not fits:
        wrong.append(requirement.name)
if wrong:
    sys.exit(f"not at the lowest allowed version: {', '.join(wrong)}")
