"""The JSON Schema of plan files and assessments files, for editors that check YAML as it is typed.

Generated from the pydantic models, then widened where the reader is more
forgiving than the models' strict shape: translated text may be a plain
string (the plan's first language) as well as ``{language: text}``, and a
costing year may be written as a number.
"""

from __future__ import annotations

import json
from typing import Any

from napsurvey.plan.assessment import Assessments
from napsurvey.plan.model import Plan

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_TEXT = "Text in the plan's first language, or a mapping language code -> text ({en: ..., fr: ...})."


def _is_text(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "object" and schema.get("additionalProperties") == {"type": "string"} \
        and "propertyNames" not in schema


def _walk(node: Any) -> Any:
    if isinstance(node, dict):
        if _is_text(node):
            kept = {k: v for k, v in node.items() if k in ("title", "description", "default")}
            kept.setdefault("description", _TEXT)
            return {**kept, "anyOf": [{"type": "string"}, {"type": "object", "additionalProperties": {"type": "string"}}]}
        return {key: _walk(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_walk(item) for item in node]
    return node


def _schema(model: type[Plan] | type[Assessments], title: str, description: str) -> dict[str, Any]:
    schema = _walk(model.model_json_schema(mode="validation"))
    return {
        "$schema": SCHEMA_DIALECT,
        "title": title,
        "description": description,
        **{k: v for k, v in schema.items() if k not in ("title", "description")},
    }


def plan_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a plan file."""
    return _schema(Plan, "napsurvey plan",
                   "A National Action Plan for napsurvey: pillars, objectives and actions with their responsible "
                   "institutions, timelines and costing, and the plan's indicators with baselines and targets.")


def assessments_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an assessments file."""
    return _schema(Assessments, "napsurvey plan assessments",
                   "Assessments of a National Action Plan per reporting period: action status with the "
                   "government's and civil society's assessments, observed values, money and the shadow report.")


def schema_text(schema: dict[str, Any]) -> str:
    """A schema as stable, readable JSON text (what ``napsurvey plan schema`` prints)."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
