"""Small inline forms for lint tests (pyxform style: a table in the test, then assert)."""

from __future__ import annotations

import copy
from typing import Any

import yaml

from napsurvey.errors import ErrorCode
from napsurvey.forms.loader import lint_text

YES_NO = [{"name": "yes", "label": "Yes"}, {"name": "no", "label": "No"}]


def q(type_: str, name: str | None, label: Any = "Label", **columns: Any) -> dict[str, Any]:
    """One survey row."""
    row: dict[str, Any] = {"type": type_}
    if name is not None:
        row["name"] = name
    if label is not None:
        row["label"] = label
    row.update(columns)
    return row


def form(*rows: dict[str, Any], **blocks: Any) -> dict[str, Any]:
    """A valid English form around ``rows`` (a default row if none), with a yes_no list."""
    data: dict[str, Any] = {
        "settings": {"form_id": "test_form", "form_title": "Test", "version": "1"},
        "survey": list(rows) or [q("select_one yes_no", "safe")],
        "choices": {"yes_no": copy.deepcopy(YES_NO)},
    }
    settings = blocks.pop("settings", None)
    if settings:
        data["settings"].update(settings)
    data.update(blocks)
    return data


def problems(data: dict[str, Any], *, strict: bool = False) -> list[tuple[ErrorCode, str]]:
    """(code, location) of every problem of ``data`` written as a YAML file."""
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    return [(p.code, p.location) for p in lint_text(text, "t.yaml", strict=strict)]


def messages(data: dict[str, Any], *, strict: bool = False) -> list[str]:
    """The problem lines of ``data``."""
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    return [p.line() for p in lint_text(text, "t.yaml", strict=strict)]
