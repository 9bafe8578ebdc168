"""Reading a workbook (``.xlsx``, or the older ``.xls``) into plain rows of cell values.

Only this module talks to openpyxl and xlrd, so everything they can throw at a
damaged or hostile file becomes one coded :class:`NapError` here, their
warnings never reach the terminal, and the conversion works on plain Python
lists. The format is told by the file's first bytes, not by its name.

Spreadsheets often carry formatting down to row 1,048,576; reading every empty
row would take many seconds. A sheet is read until :data:`BLANK_RUN` blank
rows follow each other, and refused past :data:`MAX_ROWS` rows with content.
"""

from __future__ import annotations

import datetime
import functools
import io
import warnings
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from napsurvey.errors import ErrorCode, NapError

#: Consecutive blank rows after which a sheet is considered finished (pyxform stops after 60).
BLANK_RUN = 100
#: Rows with content a sheet may have (a very large form has a few thousand).
MAX_ROWS = 50_000
#: Columns read per row (XLSForm sheets use a few dozen).
MAX_COLUMNS = 1000
#: Largest workbook file accepted (bytes).
MAX_FILE_BYTES = 50 * 1024 * 1024
#: Largest total size of the workbook's parts once unzipped (a zip bomb is refused before reading).
MAX_UNZIPPED_BYTES = 300 * 1024 * 1024

Cell = str | int | float | bool | None


@dataclass
class Sheet:
    """One worksheet: its title as written and its non-blank rows with their 1-based row numbers."""

    title: str
    rows: list[tuple[int, list[Cell]]] = field(default_factory=list)


def cell_value(value: object) -> Cell:
    """openpyxl's value -> str/int/float/bool/None (dates become ISO text, text is stripped)."""
    if value is None or isinstance(value, (bool, int)):
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if isinstance(value, datetime.datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    text = str(value).strip()
    return text or None


def read_workbook(path: Path) -> dict[str, Sheet]:
    """Read every sheet of ``path``; keys are lower-cased sheet titles.

    Raises NapError FORM_NOT_FOUND, FORM_NOT_A_FORM (not a readable .xlsx) or
    FORM_XLSFORM (a sheet too large).
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise NapError(ErrorCode.FORM_NOT_FOUND, path=path.name) from None
    except OSError as exc:
        raise NapError(ErrorCode.FORM_NOT_A_FORM, reason=f"cannot read {path.name} ({type(exc).__name__})") from None
    if not path.is_file():
        raise NapError(ErrorCode.FORM_NOT_A_FORM, reason=f"{path.name or path} is not a file")
    if size > MAX_FILE_BYTES:
        raise NapError(ErrorCode.FORM_NOT_A_FORM, reason=f"{path.name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB")
    with path.open("rb") as handle:
        magic = handle.read(8)
    if magic == _OLE2_MAGIC:
        return _read_xls(path)
    if not zipfile.is_zipfile(path):
        raise NapError(ErrorCode.FORM_NOT_A_FORM, reason=f"{path.name} is not an .xlsx or .xls workbook")
    _check_unzipped_size(path)
    import openpyxl  # noqa: PLC0415 - imported late: only the import command needs it

    # openpyxl warns about what it drops (data validation, default styles): nothing a form uses.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except NapError:
            raise
        except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on damaged files
            raise _unreadable(path, "xlsx", exc) from None
        sheets: dict[str, Sheet] = {}
        try:
            for worksheet in book.worksheets:
                title = str(worksheet.title)
                key = title.strip().lower()
                if key in sheets or not hasattr(worksheet, "iter_rows"):
                    continue  # a chartsheet, or a second sheet differing only in case
                sheets[key] = _read_sheet(title, worksheet)
        except NapError:
            raise
        except Exception as exc:  # noqa: BLE001 - damaged sheet XML surfaces only while iterating
            raise _unreadable(path, "xlsx", exc) from None
        finally:
            book.close()
    return sheets


def _unreadable(path: Path, kind: str, exc: Exception) -> NapError:
    return NapError(ErrorCode.FORM_NOT_A_FORM, reason=f"{path.name} is not a readable .{kind} workbook ({type(exc).__name__})")


#: First bytes of an OLE2 compound file: the old binary Excel format (.xls).
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _read_xls(path: Path) -> dict[str, Sheet]:
    import xlrd  # noqa: PLC0415 - imported late: only old workbooks need it

    log = io.StringIO()  # xlrd writes its warnings to a log file, stdout by default
    try:
        book = xlrd.open_workbook(str(path), on_demand=True, logfile=log, verbosity=0)
    except Exception as exc:  # noqa: BLE001 - xlrd raises many kinds on damaged files
        raise NapError(ErrorCode.FORM_NOT_A_FORM, reason=f"{path.name} is not a readable .xls workbook ({type(exc).__name__})") from None
    sheets: dict[str, Sheet] = {}
    try:
        for index in range(book.nsheets):
            worksheet = book.sheet_by_index(index)
            title = str(worksheet.name)
            key = title.strip().lower()
            if key not in sheets:
                sheets[key] = _read_rows(title, functools.partial(_xls_rows, book, worksheet))
    except NapError:
        raise
    except Exception as exc:  # noqa: BLE001 - damaged records surface while reading a sheet
        raise NapError(ErrorCode.FORM_NOT_A_FORM, reason=f"{path.name} is not a readable .xls workbook ({type(exc).__name__})") from None
    finally:
        book.release_resources()
    return sheets


def _xls_rows(book: Any, worksheet: Any, first: int, width: int) -> Iterator[tuple[object, ...]]:
    import xlrd  # noqa: PLC0415 - see _read_xls

    for number in range(first - 1, worksheet.nrows):
        row: list[object] = []
        for cell in worksheet.row(number)[:width]:
            if cell.ctype == xlrd.XL_CELL_DATE:
                try:
                    value: object = xlrd.xldate_as_datetime(cell.value, book.datemode)
                except (ValueError, OverflowError, xlrd.xldate.XLDateError):
                    value = cell.value
                if isinstance(value, datetime.datetime) and value.time() == datetime.time():
                    value = value.date()
            elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                value = bool(cell.value)
            elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                value = None
            else:
                value = cell.value
            row.append(value)
        yield tuple(row)


def _check_unzipped_size(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            unzipped = sum(max(info.file_size, 0) for info in archive.infolist())
    except Exception as exc:  # noqa: BLE001 - a damaged central directory
        raise NapError(ErrorCode.FORM_NOT_A_FORM, reason=f"{path.name} is not a readable .xlsx workbook ({type(exc).__name__})") from None
    if unzipped > MAX_UNZIPPED_BYTES:
        limit = MAX_UNZIPPED_BYTES // (1024 * 1024)
        raise NapError(ErrorCode.FORM_NOT_A_FORM, reason=f"{path.name} unpacks to more than {limit} MiB; a form is much smaller")


def _trimmed(raw: tuple[object, ...]) -> list[Cell]:
    values = [cell_value(v) for v in raw]
    while values and values[-1] is None:
        values.pop()
    return values


def _read_sheet(title: str, worksheet: object) -> Sheet:
    if hasattr(worksheet, "reset_dimensions"):
        # The stored dimension is often A1:AMJ1048576; ignore it and read what is there.
        worksheet.reset_dimensions()
    def rows(first: int, width: int) -> Iterator[tuple[object, ...]]:
        return worksheet.iter_rows(values_only=True, min_row=first, max_col=width)  # type: ignore[attr-defined, no-any-return]

    return _read_rows(title, rows)


RowSource = Callable[[int, int], Iterator[tuple[object, ...]]]
"""``(first row, width) -> raw rows from that row on``, each at most ``width`` cells wide."""


def _read_rows(title: str, source: RowSource) -> Sheet:
    """Rows with content of one sheet."""
    sheet = Sheet(title)
    # The header (first row with content) says how many columns matter: cells
    # without a header are never used, so later rows are read only that wide.
    header_at, header = 0, []
    for number, raw in enumerate(source(1, MAX_COLUMNS), start=1):
        header = _trimmed(raw)
        if header:
            header_at = number
            break
        if number >= BLANK_RUN:
            return sheet
    if not header:
        return sheet
    sheet.rows.append((header_at, header))
    blanks = 0
    for number, raw in enumerate(source(header_at + 1, len(header)), start=header_at + 1):
        values = _trimmed(raw)
        if not values:
            blanks += 1
            if blanks >= BLANK_RUN:
                break
            continue
        blanks = 0
        if len(sheet.rows) >= MAX_ROWS:
            raise NapError(ErrorCode.FORM_XLSFORM, sheet=title, row=number, reason=f"more than {MAX_ROWS} rows; not a form")
        sheet.rows.append((number, values))
    return sheet
