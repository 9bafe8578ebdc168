"""Checking an imported form as the loader will, and saying where in the workbook each problem is.

The converted form goes through the schema and the linter here, so a problem
is reported with the sheet and row of the workbook it comes from, never with
the row of a YAML file that was never written.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from napsurvey.errors import ErrorCode
from napsurvey.forms.lint import lint_form
from napsurvey.forms.loader import MAX_FORM_BYTES
from napsurvey.forms.model import Form
from napsurvey.forms.xlsform_choices import Lists
from napsurvey.forms.xlsform_context import Conversion, XlsformProblem
from napsurvey.forms.xlsform_survey import Entry
from napsurvey.forms.xlsform_yaml import form_yaml

#: Types a respondent answers (a form without one is not a usable form).
ANSWERED = frozenset({"text", "integer", "decimal", "date", "select_one", "select_multiple", "acknowledge"})


class Locator:
    """Where a place of the converted form (a pydantic location, a lint location) is in the workbook."""

    def __init__(self, conv: Conversion, entries: list[Entry], lists: Lists, indicator_rows: list[int]) -> None:
        self.conv = conv
        self.entries = entries
        self.lists = lists
        self.indicator_rows = indicator_rows
        self.by_name: dict[str, int] = {}
        for entry in entries:
            if entry.name:
                self.by_name.setdefault(entry.name, entry.number)  # the linter names a row by its first holder

    def survey(self, index: int) -> tuple[str, int | None]:
        """Sheet and row of output survey row ``index`` (0-based)."""
        return self.conv.title("survey"), self.entries[index].number if 0 <= index < len(self.entries) else None

    def choices(self, list_name: str, index: int | None = None) -> tuple[str, int | None]:
        """Sheet (or file) and row of a choice (the list's first when ``index`` is None)."""
        where, numbers = self.lists.rows.get(list_name, (self.conv.title("choices"), []))
        if not numbers:
            return where, None
        return where, numbers[index] if index is not None and 0 <= index < len(numbers) else numbers[0]

    def schema(self, loc: tuple[Any, ...]) -> tuple[str, int | None, str]:
        """pydantic location -> sheet, row and the field inside the row."""
        rest = [str(part) for part in loc]
        if loc and loc[0] == "survey" and len(loc) > 1 and isinstance(loc[1], int):
            return (*self.survey(loc[1]), ".".join(rest[2:]) or "row")
        if loc and loc[0] == "choices" and len(loc) > 2 and isinstance(loc[2], int):
            return (*self.choices(str(loc[1]), loc[2]), ".".join(rest[3:]) or "choice")
        if loc and loc[0] == "indicators" and len(loc) > 1 and isinstance(loc[1], int):
            row = self.indicator_rows[loc[1]] if loc[1] < len(self.indicator_rows) else None
            return self.conv.title("indicators"), row, ".".join(rest[2:]) or "indicator"
        if loc and loc[0] == "settings":
            return self.conv.title("settings"), self.conv.settings_row, ".".join(rest[1:]) or "settings"
        return self.conv.title(str(loc[0]) if loc else "survey"), None, ".".join(rest) or "form"

    def lint(self, location: str) -> tuple[str, int | None]:
        """A lint problem's location (a name, ``survey row N``, ``choices.x``, a block) -> sheet and row."""
        if location in self.by_name:
            return self.conv.title("survey"), self.by_name[location]
        if location.startswith("survey row "):
            tail = location.removeprefix("survey row ")
            return self.survey(int(tail) - 1) if tail.isdigit() else (self.conv.title("survey"), None)
        if location.startswith("choices."):
            return self.choices(location.removeprefix("choices."))
        if location.startswith("indicators["):
            inner = location.removeprefix("indicators[").rstrip("]")
            index = int(inner) - 1 if inner.isdigit() else -1
            return self.conv.title("indicators"), self.indicator_rows[index] if 0 <= index < len(self.indicator_rows) else None
        if location == "settings":
            return self.conv.title("settings"), self.conv.settings_row
        if location in ("consent", "referral", "child_protocol"):
            if "napsurvey" in self.conv.sheets:
                return self.conv.title("napsurvey"), None
            return self.conv.title("settings"), self.conv.settings_row
        return location, None


def check_form(conv: Conversion, form: dict[str, Any], locator: Locator) -> str | None:
    """Schema, linter, size and emptiness of the converted form: each problem placed in the workbook (all fatal).

    Returns the form's YAML text when it had to be written out to be measured.
    """
    try:
        validated = Form.model_validate(form)
    except ValidationError as exc:
        seen: set[tuple[str, int | None, str]] = set()
        for error in exc.errors():
            sheet, row, field_path = locator.schema(tuple(error.get("loc", ())))
            if (sheet, row, field_path) in seen:
                continue
            seen.add((sheet, row, field_path))
            conv.problem(sheet, row, ErrorCode.FORM_SCHEMA, fatal=True, field=field_path, reason=str(error.get("msg", "invalid")))
        return None
    already = {(p.sheet, p.row) for p in conv.problems if p.fatal and p.code is not ErrorCode.FORM_SCHEMA}
    for problem in lint_form(validated, "form"):
        sheet, row = locator.lint(problem.location)
        if (sheet, row) in already and (
            problem.code is ErrorCode.FORM_BAD_EXPRESSION or (problem.code is ErrorCode.FORM_SCHEMA and problem.message.startswith("name:"))
        ):
            continue  # the import already listed that problem of the row, in its own words
        conv.problems.append(XlsformProblem(sheet, row, problem.code, problem.message, True))
    if not any(str(r.get("type", "")).split(" ")[0] in ANSWERED for r in form["survey"]):
        conv.problem(conv.title("survey"), None, ErrorCode.FORM_XLSFORM_EMPTY, fatal=True)
    # JSON is about the size of the YAML written; only a form near the limit is written out to measure.
    estimate = len(json.dumps(form, ensure_ascii=False, default=str).encode("utf-8"))
    if estimate <= MAX_FORM_BYTES // 2:
        return None
    text = form_yaml(form)
    if len(text.encode("utf-8")) > MAX_FORM_BYTES:
        conv.problem(conv.title("survey"), None, ErrorCode.FORM_TOO_LARGE, fatal=True, limit=f"{MAX_FORM_BYTES // (1024 * 1024)} MB")
    return text
