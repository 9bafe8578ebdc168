"""Choice lists: the choices and external_choices sheets, and CSV lists shipped beside the workbook.

A CSV list (``select_one_from_file places.csv``, ``pulldata('prices', ...)``,
``instance('prices')``) becomes a choice list of the form named after the
file, so the form carries it: nothing is read from outside once imported.
Its ``name`` and ``label`` (or ``label::xx``) columns are the choices'; the
other columns are kept for filters and lookups. A list read only by lookups
may have no ``name`` column: its rows are then numbered.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from napsurvey.errors import ErrorCode
from napsurvey.forms.xlsform_cells import read_header, report_clashes, split_row, text
from napsurvey.forms.xlsform_columns import Column, parse_header
from napsurvey.forms.xlsform_context import PLACES_LIST, Conversion, Dropped
from napsurvey.forms.xlsform_read import Sheet
from napsurvey.forms.xlsform_survey import OTHER, OTHER_LABEL, Entry

#: Largest CSV list read (bytes) and rows in it: the whole form must stay a few hundred kB.
MAX_CSV_BYTES = 1024 * 1024
MAX_CSV_ROWS = 20_000

_LIST_READS = re.compile(r"""(?:pulldata|instance)\s*\(\s*['"]([^'"]+)['"]""")
_CHOICE_HEADER = frozenset({"list_name", "name"})


@dataclass
class Lists:
    """The form's choice lists and where each choice came from (sheet or file, row)."""

    lists: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    rows: dict[str, tuple[str, list[int]]] = field(default_factory=dict)
    names: dict[str, dict[str, list[dict[str, Any]]]] = field(default_factory=dict)  # list -> name -> its choices

    def add(self, list_name: str, choice: dict[str, Any], where: str, row: int) -> None:
        """Append one choice."""
        self.lists.setdefault(list_name, []).append(choice)
        self.rows.setdefault(list_name, (where, []))[1].append(row)
        self.names.setdefault(list_name, {}).setdefault(choice["name"], []).append(choice)

    def named(self, list_name: str, name: str) -> list[dict[str, Any]]:
        """The choices of ``list_name`` already called ``name``."""
        return self.names.get(list_name, {}).get(name, [])


def list_reads(source: str) -> list[str]:
    """The lists an expression reads by name: pulldata('x', ...) and instance('x')."""
    return [name.removesuffix(".csv") for name in _LIST_READS.findall(source)]


def read_lists(conv: Conversion, entries: list[Entry], expression_sources: list[str]) -> Lists:
    """Every list the form needs, from the sheets first, then from CSV files beside the workbook."""
    lists = Lists()
    allow_duplicates = bool(conv.settings.get("allow_choice_duplicates"))
    for key in ("choices", "external_choices"):
        sheet = conv.sheets.get(key)
        if sheet is not None and sheet.rows:
            _read_sheet(conv, sheet, lists, allow_duplicates)
    needed: dict[str, bool] = {}  # list -> read by a select question (needs names)
    for entry in entries:
        for file in entry.files:
            needed[file] = True
    for source in expression_sources:
        for name in list_reads(source):
            if name not in lists.lists:
                needed.setdefault(f"{name}.csv", False)
    for file, for_select in needed.items():
        list_name = file.rsplit(".", 1)[0]
        if list_name in lists.lists:
            continue
        _read_file(conv, file, list_name, lists, for_select=for_select, entries=entries)
    if conv.options.places is not None and any(e.row.get("type") == f"select_one {PLACES_LIST}" for e in entries):
        _read_places(conv, lists)
    _add_other(conv, entries, lists)
    return lists


def _read_sheet(conv: Conversion, sheet: Sheet, lists: Lists, allow_duplicates: bool) -> None:
    header = read_header(conv, sheet, _CHOICE_HEADER, report=False)
    number = sheet.rows[0][0]
    for column in header:
        if column.kind == "unsupported":
            conv.problem(sheet, number, ErrorCode.FORM_XLSFORM_UNSUPPORTED_COLUMN, fatal=False, column=column.header)
    clashes: dict[str, list[int]] = {}
    for number, cells in sheet.rows[1:]:
        clashed: list[str] = []
        raw, texts = split_row(header, cells, conv.language, clashed)
        for clash in clashed:
            clashes.setdefault(clash, []).append(number)
        extras = {c.header: text(v) or "" for c, v in zip(header, cells) if c.kind == "unknown" and v is not None}
        list_name = (text(raw.get("list_name")) or "").strip()
        if not list_name:
            if raw or texts or extras:
                conv.problem(sheet, number, ErrorCode.FORM_XLSFORM_NO_LIST, fatal=False)
            continue
        name = text(raw.get("name"))
        if name is None or not name.strip():
            conv.problem(sheet, number, ErrorCode.FORM_XLSFORM_NO_NAME, fatal=True, type="choice")
            continue
        choice: dict[str, Any] = {"name": name.strip()}
        if "label" in texts:
            choice["label"] = texts["label"]
        choice.update(extras)
        if not _keep(conv, sheet.title, number, lists, list_name, choice, allow_duplicates):
            continue
        lists.add(list_name, choice, sheet.title, number)
    report_clashes(conv, sheet, clashes)


def _keep(conv: Conversion, where: str, number: int, lists: Lists, list_name: str, choice: dict[str, Any], allow: bool) -> bool:
    """Whether a choice whose name is already in its list is kept (XLSForm's allow_choice_duplicates)."""
    same = lists.named(list_name, choice["name"])
    if not same or allow:
        return True
    if any(c == choice for c in same):
        conv.problem(where, number, ErrorCode.FORM_XLSFORM_DUPLICATE_CHOICE, fatal=False, name=choice["name"], list=list_name)
        return False
    conv.problem(where, number, ErrorCode.FORM_DUPLICATE_NAME, fatal=True, name=choice["name"])
    return False


def _read_csv(conv: Conversion, path: Path, where: str) -> tuple[list[Column], list[list[str]]] | None:
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            reason = f"is larger than {MAX_CSV_BYTES // 1024} kB; a list carried in a form must be smaller"
            conv.problem(where, None, ErrorCode.FORM_XLSFORM_FILE, fatal=True, file=path.name, reason=reason)
            return None
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        reason = f"cannot be read ({exc.strerror or type(exc).__name__})"
        conv.problem(where, None, ErrorCode.FORM_XLSFORM_FILE, fatal=True, file=path.name, reason=reason)
        return None
    try:
        decoded = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        conv.problem(where, None, ErrorCode.FORM_XLSFORM_FILE, fatal=True, file=path.name, reason="is not UTF-8 text")
        return None
    try:
        table = [row for row in csv.reader(io.StringIO(decoded)) if any(cell.strip() for cell in row)]
    except csv.Error as exc:
        conv.problem(where, None, ErrorCode.FORM_XLSFORM_FILE, fatal=True, file=path.name, reason=f"is not a readable CSV file ({exc})")
        return None
    if not table:
        conv.problem(where, None, ErrorCode.FORM_XLSFORM_FILE, fatal=True, file=path.name, reason="is empty")
        return None
    if len(table) > MAX_CSV_ROWS + 1:
        conv.problem(where, None, ErrorCode.FORM_XLSFORM_FILE, fatal=True, file=path.name, reason=f"has more than {MAX_CSV_ROWS} rows")
        return None
    header = [parse_header(cell, extra=_CHOICE_HEADER) for cell in table[0]]
    return header, table[1:]


def _read_file(conv: Conversion, file: str, list_name: str, lists: Lists, *, for_select: bool, entries: list[Entry]) -> None:
    folder = conv.options.files or conv.folder
    path = (folder / file) if folder is not None else None
    if not file.lower().endswith(".csv"):
        _missing(conv, file, "is not a CSV list; only CSV lists can be carried in a form", entries, for_select)
        return
    read = _read_csv(conv, path, file) if path is not None else None
    if read is None:
        if path is None or not path.exists():
            _missing(conv, file, "was not found beside the workbook", entries, for_select)
        return
    header, table = read
    names = [c for c in header if c.kind == "column" and c.name == "name"]
    if for_select and not names:
        conv.problem(file, 1, ErrorCode.FORM_XLSFORM_FILE, fatal=True, file=file, reason="has no 'name' column")
        return
    for offset, cells in enumerate(table, start=2):
        raw, texts = split_row(header, list(cells), conv.language)
        choice: dict[str, Any] = {"name": (text(raw.get("name")) or "").strip() if names else str(offset - 1)}
        if not choice["name"]:
            continue
        if "label" in texts:
            choice["label"] = texts["label"]
        choice.update({c.header: v for c, v in zip(header, cells) if c.kind == "unknown" and v != ""})
        if _keep(conv, file, offset, lists, list_name, choice, bool(conv.settings.get("allow_choice_duplicates"))):
            lists.add(list_name, choice, file, offset)


def _missing(conv: Conversion, file: str, reason: str, entries: list[Entry], for_select: bool) -> None:
    """A list file that cannot be carried: its select questions are left out; other reads are fatal."""
    survey = conv.title("survey")
    if not for_select:
        conv.problem(survey, None, ErrorCode.FORM_XLSFORM_FILE, fatal=True, file=file, reason=reason)
        return
    for entry in [e for e in entries if file in e.files]:
        left_out = f"{reason}; the question was not imported"
        conv.problem(survey, entry.number, ErrorCode.FORM_XLSFORM_FILE, fatal=False, file=file, reason=left_out)
        conv.fate[entry.number] = ErrorCode.FORM_XLSFORM_FILE.name
        if entry.name:
            conv.dropped[entry.name] = Dropped(entry.parsed.raw, "file")
        entries.remove(entry)


def _read_places(conv: Conversion, lists: Lists) -> None:
    path = conv.options.places
    assert path is not None
    read = _read_csv(conv, path, path.name)
    if read is None:
        if not path.exists():
            reason = "(the list of places) was not found"
            conv.problem(path.name, None, ErrorCode.FORM_XLSFORM_FILE, fatal=True, file=path.name, reason=reason)
        return
    header, table = read
    if not any(c.kind == "column" and c.name == "name" for c in header):
        conv.problem(path.name, 1, ErrorCode.FORM_XLSFORM_FILE, fatal=True, file=path.name, reason="has no 'name' column")
        return
    level = conv.options.admin_level
    if level and not any(c.header == level for c in header):
        reason = f"has no '{level}' column (the level records keep)"
        conv.problem(path.name, 1, ErrorCode.FORM_XLSFORM_FILE, fatal=True, file=path.name, reason=reason)
        return
    for offset, cells in enumerate(table, start=2):
        raw, texts = split_row(header, list(cells), conv.language)
        name = (text(raw.get("name")) or "").strip()
        if not name:
            continue
        choice: dict[str, Any] = {"name": name, **({"label": texts["label"]} if "label" in texts else {})}
        choice.update({c.header: v for c, v in zip(header, cells) if c.kind == "unknown" and v != ""})
        if _keep(conv, path.name, offset, lists, PLACES_LIST, choice, False):
            lists.add(PLACES_LIST, choice, path.name, offset)


def _add_other(conv: Conversion, entries: list[Entry], lists: Lists) -> None:
    """``or_other``: the list gets an 'other' choice (once), labelled in every language."""
    for entry in entries:
        if not entry.parsed.or_other or entry.parsed.list_name is None:
            continue
        choices = lists.lists.get(entry.parsed.list_name)
        if choices is None or any(c["name"] == OTHER for c in choices):
            continue
        other = {"name": OTHER, "label": dict.fromkeys(conv.languages, OTHER_LABEL)}
        lists.add(entry.parsed.list_name, other, conv.title("survey"), entry.number)


def languages_of(header: list[Column]) -> list[str]:
    """Languages of a sheet's label columns (explicit ones), in order."""
    found: list[str] = []
    for column in header:
        if column.kind == "translated" and column.name == "label" and column.language and column.language not in found:
            found.append(column.language)
    return found


