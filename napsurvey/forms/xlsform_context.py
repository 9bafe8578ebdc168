"""What one workbook conversion collects as it goes: problems, and where each output row came from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.problem import one_line
from napsurvey.forms.xlsform_read import Sheet

#: The choice list GPS questions become a choice from (with ImportOptions.places).
PLACES_LIST = "places"

#: Sheets we read; any other sheet is reported as unused.
KNOWN_SHEETS = ("survey", "choices", "external_choices", "settings", "indicators", "indicator_groups", "napsurvey")


@dataclass(frozen=True)
class XlsformProblem:
    """Something in the workbook that was not imported as written."""

    sheet: str
    row: int | None
    code: ErrorCode
    message: str
    fatal: bool
    #: what else the importer could do with the row: "place" (a GPS question asked as a place)
    remedy: str = ""

    def line(self, file: str) -> str:
        """``FILE: sheet row N: CODE: message`` (``FILE: sheet: CODE: message`` without a row)."""
        place = self.sheet if self.row is None else f"{self.sheet} row {self.row}"
        return one_line(f"{file}: {place}: {self.code.name}: {self.message}")


@dataclass(frozen=True)
class ImportOptions:
    """Choices the person importing makes.

    ``places``: a CSV list of places (``name``, ``label`` columns, maybe a
    coarser level); each GPS question becomes a choice from it instead of
    being left out. ``admin_level``: the column of that list holding the
    coarser place a record keeps (the answer is generalised to it).
    ``files``: the folder of the CSV lists the workbook uses
    (``select_one_from_file``, ``pulldata``); by default the workbook's own.
    """

    places: Path | None = None
    admin_level: str | None = None
    files: Path | None = None


@dataclass(frozen=True)
class Dropped:
    """A survey row that was not imported: its type and why (the kind of type)."""

    type: str
    kind: str


@dataclass
class Conversion:
    """The state of one conversion: the sheets, what was found, what went wrong."""

    sheets: Mapping[str, Sheet]
    file_stem: str
    folder: Path | None
    options: ImportOptions = field(default_factory=ImportOptions)
    problems: list[XlsformProblem] = field(default_factory=list)
    language: str = "en"
    languages: list[str] = field(default_factory=lambda: ["en"])
    #: what became of every survey row with content: "imported" or the code that says why not
    fate: dict[int, str] = field(default_factory=dict)
    #: name -> the row that was not imported
    dropped: dict[str, Dropped] = field(default_factory=dict)
    #: names written more than once in the workbook (in different groups)
    ambiguous: set[str] = field(default_factory=set)
    settings: dict[str, Any] = field(default_factory=dict)
    settings_row: int | None = None

    def problem(
        self, where: Sheet | str, row: int | None, code: ErrorCode, *, fatal: bool, remedy: str = "", **params: Any
    ) -> None:
        """Record one problem."""
        title = where.title if isinstance(where, Sheet) else where
        self.problems.append(XlsformProblem(title, row, code, NapError(code, **params).message, fatal, remedy))

    def title(self, key: str) -> str:
        """The title of sheet ``key`` as written (or ``key`` if the workbook has none such)."""
        sheet = self.sheets.get(key)
        return sheet.title if sheet is not None else key
