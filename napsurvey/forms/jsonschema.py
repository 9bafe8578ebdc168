"""The JSON Schema of the form format, for editors that check YAML as it is typed.

It is generated from the pydantic models, then widened where the loader is
more forgiving than the models' strict shape: translated text may be a plain
string (the default language) as well as ``{language: text}``, XLSForm-style
columns ``label::Français (fr)`` are accepted on survey rows and choices, and
choice names may be written as numbers.
"""

from __future__ import annotations

import json
from typing import Any

from napsurvey.forms.model import TRANSLATED_COLUMNS, Form

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

_TEXT_DESCRIPTION = "Text in the default language, or a mapping language code -> text ({en: Age, fr: Âge})."

#: Help shown by editors for columns the models do not describe themselves.
_COLUMN_DOCS: dict[str, dict[str, str]] = {
    "SurveyRow": {
        "type": "XLSForm type: text, integer, decimal, date, select_one LIST, select_multiple LIST, note, "
        "calculate, acknowledge, begin_group, end_group, begin_repeat, end_repeat.",
        "name": "Unique name of the question; expressions refer to it as ${name}.",
        "label": "Question text shown to the monitor.",
        "hint": "Help text under the question.",
        "guidance_hint": "Guidance for the monitor (not read to the respondent).",
        "required": "true/false, yes/no, or an expression deciding whether an answer is needed.",
        "required_message": "Shown when a required question is left empty.",
        "relevant": "Expression: the question is asked only when true. May refer to earlier questions only.",
        "constraint": "Expression the answer must satisfy; '.' is the answer.",
        "constraint_message": "Shown when the constraint fails.",
        "calculation": "Expression computing the value of a calculate row.",
        "choice_filter": "Expression selecting the choices shown; bare names are the choice's columns.",
        "appearance": (
            "XLSForm appearance: 'field-list' on a group shows it on one screen, 'table-list' as one grid of its"
            " questions sharing one choice list; 'likert' on a select_one lays its choices out as a scale."
        ),
        "default": "Literal value filled in when the question first appears.",
        "repeat_count": "Number (or expression) of instances of a repeat.",
        "read_only": "true/false or an expression: the answer cannot be changed.",
        "privacy": "identifier: used in the interview, never stored. quasi: stored only generalised.",
    },
    "Form": {
        "settings": "The settings sheet: id, title, version, languages, sensitivity.",
        "survey": "The survey sheet: one row per question, note or group edge, in order.",
        "choices": "The choices sheet: choice lists by name.",
        "consent": "The consent gate (WHO recommendation 6).",
        "referral": "Referral information and its requirement (WHO recommendation 3).",
        "child_protocol": "What happens when the respondent is a child (WHO recommendation 8).",
        "indicators": "The tables this form feeds; only these ever leave the device.",
    },
    "Settings": {
        "form_id": "Stable id of the form (lower case, digits, underscores).",
        "form_title": "Title of the form.",
        "version": "Version string; quote it (\"2026.1\") so YAML keeps it as text.",
        "default_language": "Language code of untranslated text (en, fr, ar...).",
        "sensitivity": "normal, or high for forms about sexual violence (turns on the WHO gates).",
    },
}


def _is_text(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "object" and schema.get("additionalProperties") == {"type": "string"}


def _widen_text(schema: dict[str, Any]) -> dict[str, Any]:
    kept = {k: v for k, v in schema.items() if k in ("title", "description", "default")}
    kept.setdefault("description", _TEXT_DESCRIPTION)
    return {
        **kept,
        "anyOf": [{"type": "string"}, {"type": "object", "additionalProperties": {"type": "string"}}],
    }


def _walk(node: Any) -> Any:
    if isinstance(node, dict):
        if _is_text(node):
            return _widen_text(node)
        return {key: _walk(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_walk(item) for item in node]
    return node


def form_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a form file."""
    schema = _walk(Form.model_json_schema(mode="validation"))
    defs: dict[str, Any] = schema.get("$defs", {})
    translated = {f"^({'|'.join(TRANSLATED_COLUMNS)})::.+$": {"type": "string"}}
    for model_name in ("SurveyRow", "Choice"):
        if model_name in defs:
            defs[model_name]["patternProperties"] = translated
    if "Choice" in defs:
        defs["Choice"]["properties"]["name"] = {
            "title": "Name",
            "description": "Value stored for this choice; numbers are read as text.",
            "anyOf": [{"type": "string"}, {"type": "number"}],
        }
    if "ChoiceGroup" in defs:
        defs["ChoiceGroup"]["properties"]["choices"]["items"] = {"anyOf": [{"type": "string"}, {"type": "number"}]}
    for model_name, docs in _COLUMN_DOCS.items():
        properties = schema["properties"] if model_name == "Form" else defs.get(model_name, {}).get("properties", {})
        for column, text in docs.items():
            if column in properties and "description" not in properties[column]:
                properties[column]["description"] = text
    return {
        "$schema": SCHEMA_DIALECT,
        "title": "napsurvey form",
        "description": "A questionnaire for napsurvey: an XLSForm workbook written as YAML, "
        "with napsurvey's privacy columns, consent, referral, child protocol and indicators.",
        **{k: v for k, v in schema.items() if k not in ("title", "description")},
    }


def form_json_schema_text() -> str:
    """The schema as stable, readable JSON text (what ``napsurvey forms schema`` prints)."""
    return json.dumps(form_json_schema(), indent=2, ensure_ascii=False, sort_keys=False) + "\n"
