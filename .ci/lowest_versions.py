"""Say which versions the lowest-version run installed, and fail unless each direct
dependency and test tool is at the lower bound pyproject.toml gives it (or, where that
exact release does not exist, the first release of that series): `uv run --resolution
lowest-direct` must really test the lowest versions the ranges allow."""

from __future__ import annotations

import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

project = tomllib.loads(Path("pyproject.toml").read_text(encoding="utf-8"))
wanted = [*project["project"]["dependencies"], *project["dependency-groups"]["test"]]
wrong = []
for line in wanted:
    requirement = Requirement(line)
    bounds = [s.version for s in requirement.specifier if s.operator == ">="]
    installed = Version(version(requirement.name))
    lowest = Version(bounds[0]) if bounds else None
    fits = lowest is not None and installed.release[: len(lowest.release)] == lowest.release
    print(f"{requirement.name:<16} {line:<28} installed {installed}")
    if not fits:
        wrong.append(requirement.name)
if wrong:
    sys.exit(f"not at the lowest allowed version: {', '.join(wrong)}")
