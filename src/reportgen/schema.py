"""The JSON Schema of a data file, for editors that complete and check JSON."""

from __future__ import annotations

import json
from typing import Any

from .model import Report

# What a data file in data/ writes as its "$schema".
SCHEMA_REF = "../schema/report.schema.json"


def report_schema() -> dict[str, Any]:
    schema = Report.model_json_schema(by_alias=True)
    # An enum takes its schema text from its (English) docstring; the clerk reads Chinese.
    schema["$defs"]["PartKind"]["title"] = "内容类别"
    schema["$defs"]["PartKind"]["description"] = "督察工作规定要求报告的五项内容之一"
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def schema_text() -> str:
    return json.dumps(report_schema(), ensure_ascii=False, indent=2) + "\n"
