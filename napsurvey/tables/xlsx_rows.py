"""The data rows of a workbook's sheets, written as worksheet XML directly.

openpyxl builds every cell as an object and serialises it through a pure-Python
XML writer: about 80 microseconds a cell, so a 10,000-cell table took over a
second. The tables' rows are plain (text or a whole number, one style at most),
so :mod:`napsurvey.tables.xlsx_writer` lets openpyxl write the workbook — the
titles, headers, column widths, frozen panes, styles — and these functions put
the rows into its sheets afterwards: inline strings (no shared-strings table
to keep in step) and the style numbers openpyxl gave.

All in memory: the package is a zip archive rewritten into a new buffer.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Sequence

#: A cell: its value, and the number of its style in the workbook (None: the default).
Cell = tuple[str | int, int | None]

_COLUMNS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#: Characters XML 1.0 cannot hold (openpyxl refuses them too).
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_DIMENSION = re.compile(rb'<dimension ref="[^"]*"\s*/>')


def _text(value: str) -> str:
    value = _ILLEGAL.sub("\ufffd", value)
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rows_xml(first: int, rows: Iterable[Sequence[Cell]]) -> tuple[bytes, int, int]:
    """``<row>`` elements numbered from ``first``; with the last row number and the widest row."""
    out: list[str] = []
    number = first - 1
    widest = 0
    # A table repeats few texts (labels of answers, places, periods): each is escaped once.
    tails: dict[tuple[str | int, int | None], str] = {}
    for row in rows:
        number += 1
        widest = max(widest, len(row))
        cells = []
        for column, cell in enumerate(row):
            tail = tails.get(cell)
            if tail is None:
                tail = tails[cell] = _tail(*cell)
            cells.append(f'<c r="{_COLUMNS[column]}{number}"{tail}')
        out.append(f'<row r="{number}">{"".join(cells)}</row>')
    return "".join(out).encode("utf-8"), number, widest


def _tail(value: str | int, style: int | None) -> str:
    """A cell's XML after its reference."""
    s = "" if style is None else f' s="{style}"'
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{s}><v>{value}</v></c>"
    text = _text(str(value))
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f'{s} t="inlineStr"><is><t{space}>{text}</t></is></c>'


def add_rows(package: bytes, sheets: dict[int, tuple[bytes, int, int]]) -> bytes:
    """The workbook ``package`` with rows appended to sheets (1-based sheet number ->
    :func:`rows_xml`'s result), after the rows openpyxl wrote."""
    source = zipfile.ZipFile(io.BytesIO(package))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            number = _sheet_number(info.filename)
            if number in sheets and sheets[number][0]:
                data = _with_rows(data, *sheets[number])
            target.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _sheet_number(name: str) -> int | None:
    match = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", name)
    return int(match.group(1)) if match else None


def _with_rows(sheet: bytes, rows: bytes, last: int, widest: int) -> bytes:
    if b"</sheetData>" in sheet:
        sheet = sheet.replace(b"</sheetData>", rows + b"</sheetData>", 1)
    else:  # an empty sheet is written as <sheetData/>
        sheet = sheet.replace(b"<sheetData/>", b"<sheetData>" + rows + b"</sheetData>", 1)
    extent = f'<dimension ref="A1:{_COLUMNS[max(widest, 1) - 1]}{last}"/>'.encode()
    return _DIMENSION.sub(extent, sheet, count=1)
