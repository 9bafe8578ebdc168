"""Importing an ODK/Kobo XLSForm workbook (``.xlsx`` or ``.xls``) into our form format.

Our format *is* XLSForm written as YAML, so the import is a mapping: the
``survey`` and ``choices`` sheets become lists, ``label::Français (fr)``
columns become ``{fr: ...}`` entries, the ``settings`` sheet becomes
``settings`` and an optional ``indicators`` sheet carries the tables.

Nothing is silent: every survey row is imported or listed, and every other
thing not imported as written is listed too, one :class:`XlsformProblem` per
row, column, setting or sheet, each with a stable code. A problem is *fatal*
when the result would not be a usable form (an unknown type, an expression we
cannot run, a linter error, no question left to answer); other problems say
what was left out or generalised (a ``deviceid`` row, a geopoint, an
``image`` column). The result goes through the schema and the linter here, so
a result without fatal problems loads, and every problem names the sheet and
row of the workbook.

>>> result = convert_workbook(Path("survey.xlsx"))      # doctest: +SKIP
>>> [p.line("survey.xlsx") for p in result.problems]     # doctest: +SKIP
["survey.xlsx: survey row 34: FORM_XLSFORM_LOCATION: 'geopoint' records a GPS position, ..."]
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.model import language_code
from napsurvey.forms.xlsform_cells import form_id_from, is_yes, read_header, split_row, text
from napsurvey.forms.xlsform_check import Locator, check_form
from napsurvey.forms.xlsform_choices import Lists, languages_of, read_lists
from napsurvey.forms.xlsform_columns import (
    DROPPED_SETTINGS,
    GROUP_COLUMNS,
    INDICATOR_COLUMNS,
    INDICATOR_TRANSLATED,
    SETTINGS_ALIASES,
    SETTINGS_COLUMNS,
    SURVEY_COLUMNS,
    Column,
)
from napsurvey.forms.xlsform_context import KNOWN_SHEETS, Conversion, ImportOptions, XlsformProblem
from napsurvey.forms.xlsform_expressions import EXPRESSION_COLUMNS, Rewriter
from napsurvey.forms.xlsform_read import Cell, Sheet, read_workbook
from napsurvey.forms.xlsform_survey import Entry, read_survey
from napsurvey.forms.xlsform_translations import fill_translations
from napsurvey.forms.xlsform_yaml import form_yaml

__all__ = ["ImportOptions", "XlsformProblem", "XlsformResult", "convert_sheets", "convert_workbook", "form_id_from"]

_REFERENCE = re.compile(r"\$\{\s*([A-Za-z_][A-Za-z0-9_.\-]*)\s*\}")


@dataclass
class XlsformResult:
    """The converted form (our format, as plain data) and what could not be imported.

    ``fate`` says, for every survey row with content, ``imported`` or the code
    of the line that says why not.
    """

    form: dict[str, Any]
    problems: list[XlsformProblem] = field(default_factory=list)
    fate: dict[int, str] = field(default_factory=dict)
    _text: str | None = field(default=None, repr=False, compare=False)

    @property
    def fatal(self) -> list[XlsformProblem]:
        """The problems that make the result unusable as a form."""
        return [p for p in self.problems if p.fatal]

    @property
    def ok(self) -> bool:
        """True when no problem is fatal: the form can be written and loaded."""
        return not self.fatal

    def lines(self, file: str) -> list[str]:
        """One line per problem, in workbook order."""
        return [p.line(file) for p in self.problems]

    def yaml_text(self) -> str:
        """The form as readable YAML (settings first, one survey row per line or block).

        Written once: change ``form`` before the first call, not after.
        """
        if self._text is None:
            self._text = form_yaml(self.form)
        return self._text


def convert_workbook(path: Path, options: ImportOptions | None = None) -> XlsformResult:
    """Convert the XLSForm workbook at ``path`` (``.xlsx`` or ``.xls``).

    CSV lists it uses are read from its folder (or ``options.files``). Raises
    only NapError: FORM_NOT_FOUND, FORM_NOT_A_FORM (not a readable workbook,
    or no survey sheet) or FORM_XLSFORM (no ``type`` column, too many rows).
    Everything else is reported in the result's problems.
    """
    path = Path(path)
    sheets = read_workbook(path)
    return convert_sheets(sheets, path.stem, folder=path.parent, options=options)


def convert_sheets(
    sheets: Mapping[str, Sheet], file_stem: str, *, folder: Path | None = None, options: ImportOptions | None = None
) -> XlsformResult:
    """Convert already-read sheets (keys are lower-cased sheet titles)."""
    conv = Conversion(sheets, file_stem, folder, options or ImportOptions())
    return _run(conv)


def _survey_sheet(conv: Conversion) -> Sheet | None:
    """The survey sheet; in a workbook without one, the only sheet whose header has type and name (as pyxform reads it)."""
    survey = conv.sheets.get("survey")
    if survey is not None:
        return survey
    candidates = [
        (key, sheet)
        for key, sheet in conv.sheets.items()
        if sheet.rows and {"type", "name"} <= {str(c).strip().lower() for c in sheet.rows[0][1] if c is not None}
    ]
    if len(candidates) != 1:
        return None
    key, sheet = candidates[0]
    conv.sheets = {("survey" if k == key else k): v for k, v in conv.sheets.items()}
    conv.problem(sheet, None, ErrorCode.FORM_XLSFORM_SURVEY_SHEET, fatal=False, sheet=sheet.title)
    return sheet


def _run(conv: Conversion) -> XlsformResult:
    survey = _survey_sheet(conv)
    if survey is None:
        raise NapError(ErrorCode.FORM_NOT_A_FORM, reason="the workbook has no survey sheet")
    if not survey.rows:
        raise NapError(ErrorCode.FORM_NOT_A_FORM, reason="the survey sheet is empty")
    for key, sheet in conv.sheets.items():
        if key not in KNOWN_SHEETS and sheet.rows:
            conv.problem(sheet, None, ErrorCode.FORM_XLSFORM_UNUSED_SHEET, fatal=False, sheet=sheet.title)
    cells = _settings_cells(conv)
    conv.settings["allow_choice_duplicates"] = is_yes(cells.get("allow_choice_duplicates"))
    headers = _language_headers(conv)
    conv.language = _default_language(cells, *headers)
    conv.languages = _languages(conv, headers)
    settings = _settings(conv, cells)
    entries = read_survey(conv, survey)
    sources = [str(e.row[c]) for e in entries for c in EXPRESSION_COLUMNS if isinstance(e.row.get(c), str)]
    lists = read_lists(conv, entries, sources)
    Rewriter(conv, entries).rows(entries)
    fill_translations(conv, entries, lists)
    _check_defaults(conv, entries, lists)
    form: dict[str, Any] = {"settings": settings, "survey": [e.row for e in entries], "choices": lists.lists}
    form.update(_extra_blocks(conv, form["settings"]))
    indicator_rows: list[int] = []
    indicators = conv.sheets.get("indicators")
    if indicators is not None and indicators.rows:
        form["indicators"] = _indicators(conv, indicators, indicator_rows)
        groups = conv.sheets.get("indicator_groups")
        if groups is not None and groups.rows:
            _indicator_groups(conv, groups, form["indicators"])
    text = check_form(conv, form, Locator(conv, entries, lists, indicator_rows))
    conv.problems.sort(key=lambda p: (_sheet_rank(p.sheet), p.row or 0))
    return XlsformResult(form, conv.problems, conv.fate, text)


# --- languages ------------------------------------------------------------------------


def _language_headers(conv: Conversion) -> list[list[Column]]:
    """Headers of the sheets whose columns name languages (read quietly: the sheets report later)."""
    quiet = Conversion(conv.sheets, conv.file_stem, conv.folder)
    return [
        read_header(quiet, conv.sheets.get("survey"), SURVEY_COLUMNS, report=False),
        read_header(quiet, conv.sheets.get("choices"), frozenset({"list_name", "name"}), report=False),
    ]


def _default_language(settings: dict[str, Cell], *headers: list[Column]) -> str:
    """Settings' default_language (matched to the columns' codes), else the first label language."""
    by_suffix: dict[str, str] = {}
    first: str | None = None
    for header in headers:
        for column in header:
            if column.kind != "translated" or column.language is None:
                continue
            suffix = column.header.partition("::")[2] or column.header.partition(":")[2]
            by_suffix.setdefault(suffix.strip().lower(), column.language)
            by_suffix.setdefault(suffix.split("(")[0].strip().lower(), column.language)
            by_suffix.setdefault(column.language.lower(), column.language)
            if first is None and column.name == "label":
                first = column.language
    declared = text(settings.get("default_language"))
    if declared and declared.strip():
        declared = declared.strip()
        return by_suffix.get(declared.lower(), language_code(declared))
    if first is not None:
        return first
    return next(iter(by_suffix.values()), "en")


def _languages(conv: Conversion, headers: list[list[Column]]) -> list[str]:
    """The default language and every language some survey label or choice label is written in."""
    found = [conv.language]
    for key, header in zip(("survey", "choices"), headers):
        sheet = conv.sheets.get(key)
        if sheet is None:
            continue
        for language in languages_of(header):
            if language in found:
                continue
            index = next(i for i, c in enumerate(header) if c.kind == "translated" and c.name == "label" and c.language == language)
            if any(index < len(cells) and cells[index] is not None for _, cells in sheet.rows[1:]):
                found.append(language)
    return found


# --- settings -------------------------------------------------------------------------


def _settings_cells(conv: Conversion) -> dict[str, Cell]:
    sheet = conv.sheets.get("settings")
    if sheet is None or len(sheet.rows) < 2:
        return {}
    header = sheet.rows[0][1]
    conv.settings_row, values = sheet.rows[1]
    cells: dict[str, Cell] = {}
    for index, head in enumerate(header):
        value = values[index] if index < len(values) else None
        name = text(head)
        if not name or not name.strip():
            continue
        key = "_".join(name.strip().lower().split())
        key = SETTINGS_ALIASES.get(key, key)
        if key in SETTINGS_COLUMNS:
            cells[key] = value
        elif value is not None:
            conv.problem(sheet, conv.settings_row, ErrorCode.FORM_XLSFORM_UNSUPPORTED_SETTING, fatal=False, setting=name.strip())
    for number, _ in sheet.rows[2:]:
        conv.problem(sheet, number, ErrorCode.FORM_XLSFORM_UNSUPPORTED_SETTING, fatal=False, setting=f"row {number}")
    return cells


def _settings(conv: Conversion, cells: dict[str, Cell]) -> dict[str, Any]:
    sheet_title = conv.title("settings")
    given = text(cells.get("form_id"))
    if given and given.strip():
        form_id = form_id_from(given)
        if form_id != given.strip():
            conv.problem(sheet_title, conv.settings_row, ErrorCode.FORM_XLSFORM_FORM_ID, fatal=False, old=given.strip(), new=form_id)
    else:
        form_id = form_id_from(conv.file_stem)
    title = text(cells.get("form_title")) or form_id
    settings: dict[str, Any] = {
        "form_id": form_id,
        # XLSForm has one title; it is shown in every language of the form.
        "form_title": {language: title for language in conv.languages},
        "version": text(cells.get("version")) or "1",
        "default_language": conv.language,
    }
    for key in ("sensitivity", "consent_question", "source", "style", "instance_name"):
        value = text(cells.get(key))
        if value:
            settings[key] = value
    retention = cells.get("retention_days")
    if retention is not None:
        settings["retention_days"] = retention
    if conv.settings.get("allow_choice_duplicates"):
        settings["allow_choice_duplicates"] = True
    for key in DROPPED_SETTINGS:
        # instance_name: a record's name made of answers would name the respondent; napsurvey records have none.
        if settings.pop(key, None) is not None:
            conv.problem(sheet_title, conv.settings_row, ErrorCode.FORM_XLSFORM_UNSUPPORTED_SETTING, fatal=False, setting=key)
    return settings


# --- napsurvey's blocks ----------------------------------------------------------------

#: Keys of the ``napsurvey`` sheet (written by export-xlsform) and how their values read.
_EXTRA_KEYS: dict[str, str] = {
    "settings.form_title": "text",
    "settings.description": "text",
    "settings.languages": "words",
    "consent.question": "plain",
    "consent.agree": "plain",
    "consent.on_refusal": "text",
    "referral": "block",
    "referral.required": "flag",
    "referral.area_question": "plain",
    "referral.intro": "text",
    "child_protocol.age_question": "plain",
    "child_protocol.adult_age": "number",
    "child_protocol.action": "plain",
    "child_protocol.group": "plain",
    "child_protocol.message": "text",
}


def _extra_blocks(conv: Conversion, settings: dict[str, Any]) -> dict[str, Any]:
    """napsurvey's consent, referral and child-protocol blocks (and settings XLSForm cannot hold)."""
    sheet = conv.sheets.get("napsurvey")
    if sheet is None or not sheet.rows:
        return {}
    header = read_header(conv, sheet, frozenset({"key", "name"}))  # "value" is an XLSForm spelling of "name"
    blocks: dict[str, Any] = {}
    for number, cells in sheet.rows[1:]:
        raw, texts = split_row(header, cells, conv.language)
        key = (text(raw.get("key")) or "").strip()
        kind = _EXTRA_KEYS.get(key)
        if kind is None:
            if key:
                conv.problem(sheet, number, ErrorCode.FORM_XLSFORM_UNSUPPORTED_SETTING, fatal=False, setting=key)
            continue
        block, _, field_name = key.partition(".")
        target = settings if block == "settings" else blocks.setdefault(block, {})
        if kind == "block":
            continue
        value: Any = raw.get("name")
        if kind == "text":
            value = dict(texts.get("label", {}))
        elif kind == "words":
            value = (text(value) or "").split()
        elif kind == "flag":
            value = is_yes(value)
        elif kind == "plain":
            value = text(value)
        target[field_name] = value
    return blocks


# --- defaults -------------------------------------------------------------------------


def _check_defaults(conv: Conversion, entries: list[Entry], lists: Lists) -> None:
    """A default that cannot be an answer of its question is left out, with its line."""
    for entry in entries:
        default = entry.row.get("default")
        if default is None or default == "":
            continue
        reason = None
        base = entry.base
        if base in ("select_one", "select_multiple"):
            list_name = str(entry.row["type"]).split(" ")[1]
            names = {c["name"] for c in lists.lists.get(list_name, [])}
            values = str(default).split() if base == "select_multiple" else [str(default)]
            missing = [v for v in values if v not in names]
            if missing:
                reason = f"'{missing[0]}' is not a choice of list '{list_name}'"
        elif base == "integer" and not re.match(r"^\s*-?\d+\s*$", str(default)):
            reason = "it is not a whole number"
        elif base == "decimal" and not re.match(r"^\s*-?(\d+(\.\d*)?|\.\d+)\s*$", str(default)):
            reason = "it is not a number"
        elif base in ("note", "calculate", "begin_group", "begin_repeat", "acknowledge"):
            reason = f"a {base} row has no answer to fill in"
        if reason is not None:
            conv.problem(conv.title("survey"), entry.number, ErrorCode.FORM_XLSFORM_DEFAULT, fatal=False, value=default, reason=reason)
            del entry.row["default"]


# --- indicators -----------------------------------------------------------------------


def _indicators(conv: Conversion, sheet: Sheet, indicator_rows: list[int]) -> list[dict[str, Any]]:
    header = read_header(conv, sheet, INDICATOR_COLUMNS, translated=INDICATOR_TRANSLATED)
    out: list[dict[str, Any]] = []
    for number, cells in sheet.rows[1:]:
        raw, all_texts = split_row(header, cells, conv.language)
        item: dict[str, Any] = {key: text(value) for key, value in raw.items()}
        if "by" in item:
            item["by"] = [p for p in re.split(r"[,;\s]+", item["by"] or "") if p]
        texts = {k: v for k, v in all_texts.items() if k in ("label", "description", "source")}
        if not item and not texts:
            continue
        ordered = {k: item[k] for k in ("name",) if k in item}
        ordered.update({k: texts[k] for k in ("label",) if k in texts})
        ordered.update({k: v for k, v in item.items() if k != "name"})
        ordered.update({k: v for k, v in texts.items() if k != "label"})
        out.append(ordered)
        indicator_rows.append(number)
    return out


def _indicator_groups(conv: Conversion, sheet: Sheet, indicators: list[dict[str, Any]]) -> None:
    """Rows of the ``indicator_groups`` sheet -> each indicator's ``groups`` (question -> its groups).

    A row naming no indicator of the indicators sheet is listed and left out.
    """
    header = read_header(conv, sheet, GROUP_COLUMNS)
    by_name = {str(item.get("name")): item for item in indicators}
    for number, cells in sheet.rows[1:]:
        raw, texts = split_row(header, cells, conv.language)
        item = {key: text(value) for key, value in raw.items()}
        if not item and not texts:
            continue
        indicator = by_name.get(str(item.get("indicator")))
        if indicator is None:
            conv.problem(conv.title("indicator_groups"), number, ErrorCode.FORM_XLSFORM_GROUP, fatal=False,
                         indicator=item.get("indicator"))  # fmt: skip
            continue
        group = {"name": item.get("group"), "label": texts.get("label", {}),
                 "choices": [c for c in re.split(r"[,;\s]+", item.get("choices") or "") if c]}  # fmt: skip
        indicator.setdefault("groups", {}).setdefault(str(item.get("question")), []).append(group)


def _sheet_rank(title: str) -> int:
    key = title.strip().lower()
    return KNOWN_SHEETS.index(key) if key in KNOWN_SHEETS else len(KNOWN_SHEETS)
