"""Reading cells and headers of XLSForm sheets: text, flags, numbers, and headers written twice."""

from __future__ import annotations

import re
from typing import Any

from napsurvey.errors import ErrorCode
from napsurvey.forms.xlsform_columns import Column, parse_header
from napsurvey.forms.xlsform_context import Conversion
from napsurvey.forms.xlsform_read import Cell, Sheet

_TRUE = frozenset({"yes", "true", "true()", "y", "1"})
_FALSE = frozenset({"no", "false", "false()", "n", "0"})


def text(value: Cell) -> str | None:
    """A cell as text (None for an empty cell)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"  # as the cell shows it
    return str(value)


def flag(value: Cell) -> bool | str | None:
    """``yes``/``true()`` -> True, ``no`` -> None (not written), an expression stays text."""
    if value is None:
        return None
    if isinstance(value, bool):
        return True if value else None
    written = str(value).strip()
    if written.lower() in _TRUE:
        return True
    if written.lower() in _FALSE or not written:
        return None
    return written


def is_yes(value: Cell) -> bool:
    """A settings cell that says yes."""
    return flag(value) is True


def number_or_text(value: Cell) -> str | int | float | None:
    """Numbers stay numbers (a repeat_count, a default), anything else is text."""
    if value is None or isinstance(value, bool):
        return text(value)
    return value


def bands(value: Cell) -> list[int | float] | str | None:
    """``15, 18 25`` -> [15, 18, 25]; anything else stays text (the schema refuses it with a clear message)."""
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
            return str(value)
        out.append(int(number) if number.is_integer() else number)
    return out


def form_id_from(written: str) -> str:
    """A valid form_id from any text: lower-cased, other characters as ``_``, starting with a letter."""
    ident = re.sub(r"[^a-z0-9]+", "_", written.lower()).strip("_")
    if not ident:
        ident = "form"
    if not ident[0].isalpha():
        ident = f"form_{ident}"
    return ident[:64].rstrip("_")


def read_header(
    conv: Conversion, sheet: Sheet | None, extra: frozenset[str], *, report: bool = True,
    translated: frozenset[str] = frozenset(),
) -> list[Column]:
    """The columns of a sheet's header row; a column written twice is read once, and said so.

    With ``report``, unsupported and unknown columns get their line too.
    """
    if sheet is None or not sheet.rows:
        return []
    number, cells = sheet.rows[0]
    columns = [parse_header(cell, extra=extra, translated=translated) for cell in cells]
    seen: dict[tuple[str, str, str | None], int] = {}
    repeats: dict[int, list[int]] = {}
    for index, column in enumerate(columns):
        if column.kind == "ignored":
            continue
        first = seen.setdefault(column.key, index)
        if first != index:
            repeats.setdefault(first, []).append(index)
    for first, later in repeats.items():
        lost = sum(
            1
            for _, row in sheet.rows[1:]
            for index in later
            if index < len(row) and row[index] is not None and (first >= len(row) or row[first] != row[index])
        )
        note = f"; {lost} cell(s) of the others differ and were not imported" if lost else ""
        conv.problem(
            sheet, number, ErrorCode.FORM_XLSFORM_DUPLICATE_COLUMN, fatal=False,
            column=columns[first].header, count=len(later) + 1, lost=note,
        )  # fmt: skip
        for index in later:
            columns[index] = Column(columns[index].header, "ignored")
    if report:
        for column in columns:
            if column.kind == "unsupported":
                conv.problem(sheet, number, ErrorCode.FORM_XLSFORM_UNSUPPORTED_COLUMN, fatal=False, column=column.header)
            elif column.kind == "unknown":
                conv.problem(sheet, number, ErrorCode.FORM_XLSFORM_UNKNOWN_COLUMN, fatal=False, column=column.header)
    return columns


def split_row(
    header: list[Column], cells: list[Cell], default_language: str, clashes: list[str] | None = None
) -> tuple[dict[str, Cell], dict[str, dict[str, str]]]:
    """One sheet row -> (plain columns, translated texts by column and language).

    Unsupported, unknown and ignored columns are skipped; an explicit
    ``label::xx`` wins over a plain ``label`` in the default language (the
    columns where both differ are added to ``clashes``).
    """
    raw: dict[str, Cell] = {}
    texts: dict[str, dict[str, str]] = {}
    plain: dict[str, str] = {}
    for column, value in zip(header, cells):
        if value is None:
            continue
        if column.kind == "column":
            raw[column.name] = value
        elif column.kind == "translated":
            written = text(value)
            if written is None or not written.strip():
                continue
            if column.language is None:
                plain[column.name] = written
            else:
                texts.setdefault(column.name, {})[column.language] = written
    for name, written in plain.items():
        kept = texts.setdefault(name, {}).setdefault(default_language, written)
        if kept != written and clashes is not None:
            clashes.append(name)
    return raw, texts


def report_clashes(conv: Conversion, sheet: Sheet, clashes: dict[str, list[int]]) -> None:
    """One line per column whose plain and ``::language`` spellings disagree (the explicit one is kept)."""
    for column, rows in clashes.items():
        shown = ", ".join(str(r) for r in rows[:8]) + (f" and {len(rows) - 8} more" if len(rows) > 8 else "")
        conv.problem(
            sheet, rows[0], ErrorCode.FORM_XLSFORM_PLAIN_AND_LANGUAGE, fatal=False,
            plain=column, explicit=f"{column}::{conv.language}", count=len(rows), rows=shown,
        )  # fmt: skip


def cell_of(header: list[Column], cells: list[Cell], name: str) -> Any:
    """The value of the plain column ``name`` in a row (None if absent)."""
    for column, value in zip(header, cells):
        if column.kind == "column" and column.name == name:
            return value
    return None
