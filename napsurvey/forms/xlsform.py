"""Importing an ODK/Kobo XLSForm workbook (``.xlsx``) into our form format.

Our format *is* XLSForm written as YAML, so the import is a mapping: the
``survey`` and ``choices`` sheets become lists, ``label::Français (fr)``
columns become ``{fr: ...}`` entries, the ``settings`` sheet becomes
``settings`` and an optional ``indicators`` sheet carries the tables.

What we cannot import is listed, one :class:`XlsformProblem` per row, column,
setting or sheet, each with a stable code. A problem is *fatal* when the
result would not be a coherent form (an unknown type, an expression we cannot
evaluate, a reference to a question that was not imported, a value the schema
refuses); other problems only say what was left out (a ``start`` or
``deviceid`` row, an ``image`` column). A result without fatal problems passes
``Form.model_validate``.

>>> result = convert_workbook(Path("survey.xlsx"))      # doctest: +SKIP
>>> [p.line("survey.xlsx") for p in result.problems]     # doctest: +SKIP
["survey.xlsx: survey row 34: FORM_XLSFORM_UNSUPPORTED_TYPE: question type 'geopoint' is not supported; the row was not imported"]
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.expressions import parse
from napsurvey.forms.model import Form, language_code
from napsurvey.forms.xlsform_columns import (
    INDICATOR_COLUMNS,
    MAPPED_TYPES,
    ROW_ORDER,
    SETTINGS_COLUMNS,
    SURVEY_COLUMNS,
    Column,
    parse_header,
    parse_type,
)
from napsurvey.forms.xlsform_read import Cell, Sheet, read_workbook
from napsurvey.forms.xlsform_yaml import form_yaml

#: Sheets we read; any other sheet is reported as unused.
KNOWN_SHEETS = ("survey", "choices", "settings", "indicators")

#: Survey columns holding expressions (checked with our parser).
EXPRESSION_COLUMNS = ("relevant", "constraint", "calculation", "choice_filter", "required", "read_only", "repeat_count")


_REFERENCE = re.compile(r"\$\{([^}]*)\}")
_SMART_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_TRUE = frozenset({"yes", "true", "true()", "y", "1"})
_FALSE = frozenset({"no", "false", "false()", "n", "0"})
_SETTINGS_ALIASES = {"id_string": "form_id", "title": "form_title"}


@dataclass(frozen=True)
class XlsformProblem:
    """Something in the workbook that was not imported as written."""

    sheet: str
    row: int | None
    code: ErrorCode
    message: str
    fatal: bool

    def line(self, file: str) -> str:
        """``FILE: sheet row N: CODE: message`` (``FILE: sheet: CODE: message`` without a row)."""
        place = self.sheet if self.row is None else f"{self.sheet} row {self.row}"
        return f"{file}: {place}: {self.code.name}: {self.message}"


@dataclass
class XlsformResult:
    """The converted form (our format, as plain data) and what could not be imported."""

    form: dict[str, Any]
    problems: list[XlsformProblem] = field(default_factory=list)

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
        """The form as readable YAML (settings first, one survey row per line or block)."""
        return form_yaml(self.form)


def convert_workbook(path: Path) -> XlsformResult:
    """Convert the XLSForm workbook at ``path``.

    Raises only NapError: FORM_NOT_FOUND, FORM_NOT_A_FORM (not a readable
    .xlsx, or no survey sheet) or FORM_XLSFORM (no ``type`` column, too many
    rows). Everything else is reported in the result's problems.
    """
    path = Path(path)
    sheets = read_workbook(path)
    return convert_sheets(sheets, path.stem)


def convert_sheets(sheets: Mapping[str, Sheet], file_stem: str) -> XlsformResult:
    """Convert already-read sheets (keys are lower-cased sheet titles)."""
    return _Converter(sheets, file_stem).run()


def form_id_from(text: str) -> str:
    """A valid form_id from any text: lower-cased, other characters as ``_``, starting with a letter."""
    ident = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    if not ident:
        ident = "form"
    if not ident[0].isalpha():
        ident = f"form_{ident}"
    return ident[:64].rstrip("_")


def _text(value: Cell) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"  # as the cell shows it
    return str(value)


def _flag(value: Cell) -> bool | str | None:
    """``yes``/``true()`` -> True, ``no`` -> None (not written), an expression stays text."""
    if value is None:
        return None
    if isinstance(value, bool):
        return True if value else None
    text = str(value).strip()
    if text.lower() in _TRUE:
        return True
    if text.lower() in _FALSE or not text:
        return None
    return text


def _number_or_text(value: Cell) -> str | int | float | None:
    if value is None or isinstance(value, bool):
        return _text(value)
    return value


def _bands(value: Cell) -> list[int | float] | str | None:
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return [value]
    parts = [p for p in re.split(r"[,;\s]+", str(value)) if p]
    out: list[int | float] = []
    for part in parts:
        try:
            number = float(part)
        except ValueError:
            return str(value)  # left as text: the schema refuses it with a clear message
        out.append(int(number) if number.is_integer() else number)
    return out


class _Converter:
    """One conversion: collects problems while it maps sheet by sheet."""

    def __init__(self, sheets: Mapping[str, Sheet], file_stem: str) -> None:
        self.sheets = sheets
        self.file_stem = file_stem
        self.problems: list[XlsformProblem] = []
        self.language = "en"
        self.languages: list[str] = ["en"]
        self.survey_rows: list[int] = []  # sheet row number of each output survey row
        self.choice_rows: dict[str, list[int]] = {}
        self.indicator_rows: list[int] = []
        self.settings_row: int | None = None
        self.dropped: dict[str, str] = {}  # name -> type, for rows not imported
        self.references: list[tuple[str, int, str, str]] = []  # sheet, row, column, name

    # --- problems -----------------------------------------------------------

    def problem(self, where: Sheet | str, row: int | None, code: ErrorCode, *, fatal: bool, **params: Any) -> None:
        title = where.title if isinstance(where, Sheet) else where
        self.problems.append(XlsformProblem(title, row, code, NapError(code, **params).message, fatal))

    # --- whole workbook -----------------------------------------------------

    def run(self) -> XlsformResult:
        survey = self.sheets.get("survey")
        if survey is None:
            raise NapError(ErrorCode.FORM_NOT_A_FORM, reason="the workbook has no survey sheet")
        if not survey.rows:
            raise NapError(ErrorCode.FORM_NOT_A_FORM, reason="the survey sheet is empty")
        for key, sheet in self.sheets.items():
            if key not in KNOWN_SHEETS and sheet.rows:
                self.problem(sheet, None, ErrorCode.FORM_XLSFORM_UNUSED_SHEET, fatal=False, sheet=sheet.title)
        settings_cells = self._settings_cells()
        survey_header = self._header(survey, SURVEY_COLUMNS)
        choices = self.sheets.get("choices")
        choices_header = self._header(choices, frozenset({"list_name", "name"}), report=False) if choices else []
        self.language = self._default_language(settings_cells, survey_header, choices_header)
        # Languages the form speaks (as Form.languages() counts them): the default and the survey's label columns.
        self.languages = [self.language]
        for column in survey_header:
            if column.kind == "translated" and column.name == "label" and column.language not in (None, *self.languages):
                self.languages.append(str(column.language))
        form: dict[str, Any] = {"settings": self._settings(settings_cells)}
        form["survey"] = self._survey(survey, survey_header)
        form["choices"] = self._choices(choices, choices_header) if choices else {}
        indicators = self.sheets.get("indicators")
        if indicators is not None and indicators.rows:
            form["indicators"] = self._indicators(indicators)
        self._check_references(form["survey"])
        self._validate(form)
        self.problems.sort(key=lambda p: (_sheet_rank(p.sheet), p.row or 0))
        return XlsformResult(form, self.problems)

    def _header(self, sheet: Sheet | None, extra: frozenset[str], *, report: bool = True) -> list[Column]:
        if sheet is None or not sheet.rows:
            return []
        number, cells = sheet.rows[0]
        columns = [parse_header(cell, extra=extra) for cell in cells]
        if report:
            for column in columns:
                if column.kind == "unsupported":
                    self.problem(sheet, number, ErrorCode.FORM_XLSFORM_UNSUPPORTED_COLUMN, fatal=False, column=column.header)
                elif column.kind == "unknown":
                    self.problem(sheet, number, ErrorCode.FORM_XLSFORM_UNKNOWN_COLUMN, fatal=False, column=column.header)
        return columns

    def _default_language(self, settings: dict[str, Cell], *headers: list[Column]) -> str:
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
        declared = _text(settings.get("default_language"))
        if declared and declared.strip():
            declared = declared.strip()
            return by_suffix.get(declared.lower(), language_code(declared))
        if first is not None:
            return first
        return next(iter(by_suffix.values()), "en")

    # --- settings -------------------------------------------------------------

    def _settings_cells(self) -> dict[str, Cell]:
        sheet = self.sheets.get("settings")
        if sheet is None or len(sheet.rows) < 1:
            return {}
        header = sheet.rows[0][1]
        if len(sheet.rows) < 2:
            return {}
        self.settings_row, values = sheet.rows[1]
        cells: dict[str, Cell] = {}
        for index, head in enumerate(header):
            value = values[index] if index < len(values) else None
            name = _text(head)
            if not name or not name.strip():
                continue
            key = "_".join(name.strip().lower().split())
            key = _SETTINGS_ALIASES.get(key, key)
            if key in SETTINGS_COLUMNS:
                cells[key] = value
            elif value is not None:
                self.problem(sheet, self.settings_row, ErrorCode.FORM_XLSFORM_UNSUPPORTED_SETTING, fatal=False, setting=name.strip())
        return cells

    def _settings(self, cells: dict[str, Cell]) -> dict[str, Any]:
        sheet_title = self.sheets["settings"].title if "settings" in self.sheets else "settings"
        given = _text(cells.get("form_id"))
        if given and given.strip():
            form_id = form_id_from(given)
            if form_id != given.strip():
                self.problem(sheet_title, self.settings_row, ErrorCode.FORM_XLSFORM_FORM_ID, fatal=False, old=given.strip(), new=form_id)
        else:
            form_id = form_id_from(self.file_stem)
        title = _text(cells.get("form_title")) or form_id
        settings: dict[str, Any] = {
            "form_id": form_id,
            # XLSForm has one title; it is shown in every language of the form.
            "form_title": {language: title for language in self.languages},
            "version": _text(cells.get("version")) or "1",
            "default_language": self.language,
        }
        for key in ("sensitivity", "consent_question", "source", "style", "instance_name"):
            value = _text(cells.get(key))
            if value:
                settings[key] = value
        retention = cells.get("retention_days")
        if retention is not None:
            settings["retention_days"] = retention
        instance_name = settings.get("instance_name")
        if isinstance(instance_name, str):
            for name in _REFERENCE.findall(instance_name):
                self.references.append((sheet_title, self.settings_row or 0, "instance_name", name.strip()))
        return settings

    # --- survey ---------------------------------------------------------------

    def _translated(self, into: dict[str, Any], column: Column, value: Cell) -> None:
        text = _text(value)
        if text is None or not text.strip():
            return
        texts: dict[str, str] = into.setdefault(column.name, {})
        language = column.language or self.language
        if column.language is None and language in texts:
            return  # an explicit label::xx column wins over the plain one
        texts[language] = text

    def _split(self, header: list[Column], cells: list[Cell]) -> tuple[dict[str, Cell], dict[str, Any]]:
        """One sheet row -> (plain columns, translated texts); unsupported and unknown columns are skipped."""
        raw: dict[str, Cell] = {}
        texts: dict[str, Any] = {}
        for column, value in zip(header, cells):
            if value is None:
                continue
            if column.kind == "column":
                raw[column.name] = value
            elif column.kind == "translated":
                self._translated(texts, column, value)
        return raw, texts

    def _survey(self, sheet: Sheet, header: list[Column]) -> list[dict[str, Any]]:
        if not any(c.kind == "column" and c.name == "type" for c in header):
            raise NapError(ErrorCode.FORM_XLSFORM, sheet=sheet.title, row=sheet.rows[0][0], reason="the header has no 'type' column")
        rows: list[dict[str, Any]] = []
        loop: tuple[int, str, int, int] | None = None  # begin row, type, depth, rows inside
        for number, cells in sheet.rows[1:]:
            raw, row = self._split(header, cells)
            type_cell = _text(raw.get("type"))
            name = _text(raw.get("name"))
            if loop is not None:
                begin, loop_type, depth, inside = loop
                parsed_inside = parse_type(type_cell or "")
                if parsed_inside.base == "begin_loop":
                    depth += 1
                elif parsed_inside.base == "end_loop":
                    depth -= 1
                if depth == 0:
                    self.problem(sheet, begin, ErrorCode.FORM_XLSFORM_LOOP, fatal=False, type=loop_type, count=inside)
                    loop = None
                else:
                    if name:
                        self.dropped[name] = loop_type
                    loop = (begin, loop_type, depth, inside + 1)
                continue
            if not type_cell or not type_cell.strip():
                if raw or row:
                    self.problem(sheet, number, ErrorCode.FORM_XLSFORM_NO_TYPE, fatal=False)
                continue
            parsed = parse_type(type_cell)
            if parsed.kind in ("unknown", "metadata", "unsupported"):
                if name:
                    self.dropped[name] = parsed.raw
                if parsed.base == "begin_loop":
                    loop = (number, parsed.raw, 1, 0)
                elif parsed.kind == "unknown":
                    self.problem(sheet, number, ErrorCode.FORM_UNKNOWN_TYPE, fatal=True, type=parsed.raw)
                elif parsed.kind == "metadata":
                    self.problem(sheet, number, ErrorCode.FORM_XLSFORM_METADATA, fatal=False, type=parsed.raw)
                else:
                    self.problem(sheet, number, ErrorCode.FORM_XLSFORM_UNSUPPORTED_TYPE, fatal=False, type=parsed.raw)
                continue
            out = self._row(sheet, number, parsed.base, parsed.list_name, name, raw, row)
            if parsed.kind == "mapped":
                target, constraint = MAPPED_TYPES[parsed.base]
                out["type"] = target
                existing = out.get("constraint")
                out["constraint"] = f"({existing}) and {constraint}" if existing else constraint
                out = {k: out[k] for k in ROW_ORDER if k in out}
                self.problem(sheet, number, ErrorCode.FORM_XLSFORM_MAPPED, fatal=False, type=parsed.raw,
                             target=f"{target} with constraint {constraint}")
            if parsed.or_other:
                self.problem(sheet, number, ErrorCode.FORM_XLSFORM_OR_OTHER, fatal=False, type=parsed.base)
            rows.append(out)
            self.survey_rows.append(number)
        if loop is not None:
            self.problem(sheet, loop[0], ErrorCode.FORM_XLSFORM_LOOP, fatal=False, type=loop[1], count=loop[3])
        return rows

    def _row(
        self,
        sheet: Sheet,
        number: int,
        base: str,
        list_name: str | None,
        name: str | None,
        raw: dict[str, Cell],
        texts: dict[str, Any],
    ) -> dict[str, Any]:
        row: dict[str, Any] = {"type": f"{base} {list_name}" if list_name else base}
        is_end = base in ("end_group", "end_repeat")
        if name and not is_end:
            row["name"] = name.strip()
        elif not is_end:
            self.problem(sheet, number, ErrorCode.FORM_XLSFORM_NO_NAME, fatal=True, type=base)
        row.update(texts)
        for column, value in raw.items():
            if column in ("type", "name"):
                continue
            if column in ("required", "read_only"):
                flag = _flag(value)
                if flag is not None:
                    row[column] = flag
            elif column in ("default", "repeat_count"):
                row[column] = _number_or_text(value)
            elif column == "bands":
                row[column] = _bands(value)
            else:
                row[column] = _text(value)
        for column in EXPRESSION_COLUMNS:
            if isinstance(row.get(column), str):
                row[column] = self._expression(sheet, number, column, row[column])
        for column, value in texts.items():
            for text in value.values():
                for ref in _REFERENCE.findall(text):
                    self.references.append((sheet.title, number, column, ref.strip()))
        return {k: row[k] for k in ROW_ORDER if k in row}

    def _expression(self, sheet: Sheet, number: int, column: str, text: str) -> str:
        straight = text.translate(_SMART_QUOTES)
        if straight != text:
            self.problem(sheet, number, ErrorCode.FORM_XLSFORM_QUOTES, fatal=False, column=column)
        for ref in _REFERENCE.findall(straight):
            self.references.append((sheet.title, number, column, ref.strip()))
        try:
            parse(straight)
        except NapError as exc:
            if exc.code is ErrorCode.EXPR_UNKNOWN_FUNCTION:
                function = str(exc.params.get("name", "?"))
                self.problem(sheet, number, ErrorCode.FORM_XLSFORM_UNSUPPORTED_FUNCTION, fatal=True, column=column, function=function)
            else:
                self.problem(sheet, number, ErrorCode.FORM_BAD_EXPRESSION, fatal=True, column=column, reason=exc.message)
        except Exception as exc:  # noqa: BLE001 - the import promises coded problems only, whatever the parser does
            self.problem(sheet, number, ErrorCode.FORM_BAD_EXPRESSION, fatal=True, column=column,
                         reason=f"cannot be read ({type(exc).__name__})")
        return straight

    def _check_references(self, survey: list[dict[str, Any]]) -> None:
        kept = {row.get("name") for row in survey}
        for sheet, number, column, name in self.references:
            if name in self.dropped and name not in kept:
                self.problem(sheet, number, ErrorCode.FORM_XLSFORM_DROPPED_REFERENCE, fatal=True, column=column, name=name,
                             type=self.dropped[name])

    # --- choices ---------------------------------------------------------------

    def _choices(self, sheet: Sheet, header: list[Column]) -> dict[str, list[dict[str, Any]]]:
        number = sheet.rows[0][0]
        for column in header:
            if column.kind == "unsupported":
                self.problem(sheet, number, ErrorCode.FORM_XLSFORM_UNSUPPORTED_COLUMN, fatal=False, column=column.header)
        lists: dict[str, list[dict[str, Any]]] = {}
        for number, cells in sheet.rows[1:]:
            choice: dict[str, Any] = {}
            list_name: str | None = None
            extras: dict[str, str] = {}
            for index, column in enumerate(header):
                value = cells[index] if index < len(cells) else None
                if value is None:
                    continue
                if column.kind == "column" and column.name == "list_name":
                    list_name = _text(value)
                elif column.kind == "column" and column.name == "name":
                    choice["name"] = _text(value)
                elif column.kind == "translated" and column.name == "label":
                    self._translated(choice, column, value)
                elif column.kind == "unknown":
                    # Other columns of a choice are data for choice_filter: kept as written.
                    extras[column.header] = _text(value) or ""
            if list_name is None or not list_name.strip():
                if choice or extras:
                    self.problem(sheet, number, ErrorCode.FORM_XLSFORM_NO_LIST, fatal=False)
                continue
            if "name" not in choice:
                self.problem(sheet, number, ErrorCode.FORM_XLSFORM_NO_NAME, fatal=True, type="choice")
                continue
            key = list_name.strip()
            if any(other["name"] == choice["name"] for other in lists.get(key, [])):
                # XLSForm's allow_choice_duplicates: we key answers by choice name, so a name must be unique.
                self.problem(sheet, number, ErrorCode.FORM_DUPLICATE_NAME, fatal=True, name=choice["name"])
                continue
            ordered = {"name": choice["name"], **({"label": choice["label"]} if "label" in choice else {})}
            ordered.update(extras)
            lists.setdefault(key, []).append(ordered)
            self.choice_rows.setdefault(key, []).append(number)
        return lists

    # --- indicators ------------------------------------------------------------

    def _indicators(self, sheet: Sheet) -> list[dict[str, Any]]:
        header = self._header(sheet, INDICATOR_COLUMNS)
        out: list[dict[str, Any]] = []
        for number, cells in sheet.rows[1:]:
            raw, all_texts = self._split(header, cells)
            item: dict[str, Any] = {key: _text(value) for key, value in raw.items()}
            if "by" in item:
                item["by"] = [p for p in re.split(r"[,;\s]+", item["by"] or "") if p]
            texts = {k: v for k, v in all_texts.items() if k in ("label", "description")}
            if not item and not texts:
                continue
            ordered = {k: item[k] for k in ("name",) if k in item}
            ordered.update({k: texts[k] for k in ("label",) if k in texts})
            ordered.update({k: v for k, v in item.items() if k != "name"})
            ordered.update({k: v for k, v in texts.items() if k != "label"})
            out.append(ordered)
            self.indicator_rows.append(number)
        return out

    # --- schema ------------------------------------------------------------------

    def _validate(self, form: dict[str, Any]) -> None:
        try:
            Form.model_validate(form)
        except ValidationError as exc:
            for error in exc.errors():
                sheet, row, field_path = self._locate(tuple(error.get("loc", ())))
                self.problem(sheet, row, ErrorCode.FORM_SCHEMA, fatal=True, field=field_path, reason=str(error.get("msg", "invalid")))

    def _locate(self, loc: tuple[Any, ...]) -> tuple[str, int | None, str]:
        """pydantic location -> sheet title, sheet row and the field inside the row."""
        rest = [str(part) for part in loc]
        if loc and loc[0] == "survey" and len(loc) > 1 and isinstance(loc[1], int) and loc[1] < len(self.survey_rows):
            return self._title("survey"), self.survey_rows[loc[1]], ".".join(rest[2:]) or "row"
        if loc and loc[0] == "choices" and len(loc) > 2 and isinstance(loc[2], int):
            numbers = self.choice_rows.get(str(loc[1]), [])
            if loc[2] < len(numbers):
                return self._title("choices"), numbers[loc[2]], ".".join(rest[3:]) or "choice"
        if loc and loc[0] == "indicators" and len(loc) > 1 and isinstance(loc[1], int) and loc[1] < len(self.indicator_rows):
            return self._title("indicators"), self.indicator_rows[loc[1]], ".".join(rest[2:]) or "indicator"
        if loc and loc[0] == "settings":
            return self._title("settings"), self.settings_row, ".".join(rest[1:]) or "settings"
        return self._title(str(loc[0]) if loc else "survey"), None, ".".join(rest) or "form"

    def _title(self, key: str) -> str:
        sheet = self.sheets.get(key)
        return sheet.title if sheet is not None else key


def _sheet_rank(title: str) -> int:
    key = title.strip().lower()
    return KNOWN_SHEETS.index(key) if key in KNOWN_SHEETS else len(KNOWN_SHEETS)
