"""`review --json`: the table and every finding, for scripts (UTF-8, keys in English)."""

from __future__ import annotations

import json
from typing import Any

from ...review.facts import REQUIRED, Review, Reviewed, Verdict
from . import cells

# Verdicts as scripts compare them; the Chinese text stands beside.
VERDICT_KEYS = {Verdict.FILE: "file", Verdict.RETURN: "return", Verdict.UNREADABLE: "unreadable"}


def _file(reviewed: Reviewed, name: str) -> dict[str, Any]:
    readable = reviewed.unreadable is None
    return {
        "file": str(reviewed.path),
        "name": name,
        "form": reviewed.form,
        "verdict": VERDICT_KEYS[reviewed.verdict],
        "verdict_text": str(reviewed.verdict),
        "reasons": reviewed.reasons,
        "unreadable": reviewed.unreadable,
        "hint": reviewed.hint,
        "fault": reviewed.fault,
        "organ": reviewed.organ,
        "level": reviewed.level,
        "level_text": cells.level(reviewed) if readable else None,
        "year": reviewed.year,
        "other_year": reviewed.other_year,
        "title": reviewed.title,
        "date": reviewed.date.isoformat() if reviewed.date else None,
        "addressees": reviewed.addressees,
        "addressees_fit": reviewed.fit.value if reviewed.fit else None,
        "contents": {kind: kind in reviewed.covered for kind in REQUIRED} if readable else None,
        "errors": reviewed.errors,
        "warnings": reviewed.warnings,
        "duplicates": [{"file": str(d.path), "same": d.same} for d in reviewed.duplicates],
        "findings": [
            {
                "code": p.code,
                "severity": p.severity,
                "path": p.path,
                "where": p.where,
                "excerpt": p.excerpt,
                "message": p.message,
                "suggestion": p.suggestion,
            }
            for p in reviewed.problems
        ],
        "notes": reviewed.notes,
        "annotated": str(reviewed.annotated) if reviewed.annotated else None,
    }


def review_json(review: Review) -> str:
    document = {
        "year": review.year,
        "files": [
            _file(f, name) for f, name in zip(review.files, cells.names(review.files), strict=True)
        ],
        "totals": {VERDICT_KEYS[v]: review.count(v) for v in Verdict},
    }
    return json.dumps(document, ensure_ascii=False, indent=2)
