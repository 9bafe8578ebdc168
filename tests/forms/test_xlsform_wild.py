"""The import on real workbooks nobody here wrote, measured against pyxform (the converter of ODK and Kobo).

``data/xlsform-wild`` holds the workbooks (``manifest.tsv``: where each comes
from, and whether it was deployed in real fieldwork or is a converter's test
form; licences in ``LICENSES.md``). For each workbook, pyxform converts it
(ODK Validate off: no Java) or not, and napsurvey imports it to a valid form
with a question to answer, or lists why not. The bar: on fieldwork workbooks
outside the Community Health Toolkit's dialect, napsurvey imports at least
every workbook pyxform converts, except those refused by design, each listed
here with why.
"""

from __future__ import annotations

import csv
import datetime
import threading
import warnings
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.loader import load_form_text
from napsurvey.forms.xlsform import XlsformResult, convert_sheets
from napsurvey.forms.xlsform_read import read_workbook
from napsurvey.interview import Interview, StartContext

WILD = Path(__file__).parent / "data" / "xlsform-wild"
#: The Community Health Toolkit's own dialect (forms filled from its app's context).
CHT_REPOSITORY = "medic/cht-core"
#: A conversion longer than this is a hang, not a slow machine.
HANG_SECONDS = 60

#: Fieldwork workbooks pyxform converts and napsurvey refuses by design, with why.
REFUSED_BY_DESIGN = {
    "hotosm__businesses.xlsx": "its only question maps a feature on OpenStreetMap (a GPS position)",
    "hotosm__infrastructure.xlsx": "its only questions map features on OpenStreetMap and take photos",
    "hotosm__waterpoints.xlsx": "its only questions map a feature on OpenStreetMap and take a photo",
}


@dataclass(frozen=True)
class Workbook:
    file: str
    repository: str
    kind: str

    @property
    def path(self) -> Path:
        return WILD / self.file

    @property
    def fieldwork(self) -> bool:
        return self.kind == "fieldwork"

    @property
    def cht(self) -> bool:
        return self.repository == CHT_REPOSITORY


def manifest() -> list[Workbook]:
    with (WILD / "manifest.tsv").open(encoding="utf-8") as handle:
        return [Workbook(r["file"], r["repo"], r["kind"]) for r in csv.DictReader(handle, delimiter="\t")]


WORKBOOKS = manifest()


@dataclass
class Outcome:
    result: XlsformResult | None
    refusal: NapError | None
    content_rows: set[int]
    valid: bool
    reason: str


def _with_deadline(name: str, work: object) -> object:
    """Run ``work()`` in a thread; fail (naming the workbook) if it does not end within HANG_SECONDS."""
    box: list[object] = []

    def run() -> None:
        try:
            box.append(work())  # type: ignore[operator]
        except BaseException as exc:  # noqa: BLE001 - re-raised in the test's thread
            box.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(HANG_SECONDS)
    if thread.is_alive():
        pytest.fail(f"{name}: still converting after {HANG_SECONDS} s")
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]


def _import(workbook: Workbook) -> Outcome:
    try:
        sheets = read_workbook(workbook.path)
        result = convert_sheets(sheets, workbook.path.stem, folder=workbook.path.parent)
    except NapError as exc:  # a coded refusal of the whole file
        return Outcome(None, exc, set(), False, exc.code.name)
    survey = next((s for k, s in sheets.items() if k == "survey"), None) or next(iter(sheets.values()))
    rows = {number for number, _ in survey.rows}
    if not result.ok:
        return Outcome(result, None, rows, False, ",".join(sorted({p.code.name for p in result.fatal})))
    loaded = load_form_text(result.yaml_text(), f"{workbook.path.stem}.yaml")
    interview = Interview.start(loaded.form, StartContext(today=datetime.date(2026, 3, 15)))
    answerable = [item for item in interview.items if item.answerable]
    return Outcome(result, None, rows, bool(answerable), "" if answerable else "no answerable question")


@cache
def napsurvey_outcome(file: str) -> Outcome:
    workbook = next(w for w in WORKBOOKS if w.file == file)
    return _with_deadline(file, lambda: _import(workbook))  # type: ignore[return-value]


@cache
def pyxform_converts(file: str) -> bool:
    from pyxform.errors import PyXFormError
    from pyxform.xls2xform import convert

    def run() -> bool:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                convert(xlsform=str(WILD / file), validate=False, pretty_print=False)
        except (PyXFormError, Exception):  # noqa: BLE001 - pyxform fails in many ways on real workbooks
            return False
        return True

    return _with_deadline(f"pyxform {file}", run)  # type: ignore[return-value]


def test_the_corpus_is_here_with_its_manifest_and_licences() -> None:
    files = {p.name for p in WILD.glob("*.xlsx")}
    assert files == {w.file for w in WORKBOOKS}
    assert len(files) == 87
    assert (WILD / "LICENSES.md").is_file()
    repositories = {w.repository for w in WORKBOOKS}
    licences = (WILD / "LICENSES.md").read_text(encoding="utf-8")
    assert all(repository in licences for repository in repositories)


@pytest.mark.parametrize("file", [w.file for w in WORKBOOKS])
def test_every_workbook_imports_or_is_refused_with_coded_lines_and_every_row_is_accounted_for(file: str) -> None:
    outcome = napsurvey_outcome(file)
    if outcome.refusal is not None:
        assert outcome.refusal.code in (ErrorCode.FORM_NOT_A_FORM, ErrorCode.FORM_XLSFORM)
        return
    result = outcome.result
    assert result is not None
    for problem in result.problems:
        line = problem.line(file)
        assert line.startswith(f"{file}: ") and f": {problem.code.name}: " in line and "\n" not in line
        assert ".yaml" not in line  # a place in the workbook, never in a YAML file not written
    missing = outcome.content_rows - set(result.fate)
    assert not missing, f"survey rows neither imported nor listed: {sorted(missing)[:10]}"
    lines = [(p.sheet, p.row, p.code, p.message) for p in result.problems]
    assert len(lines) == len(set(lines)), "a problem listed twice"


def test_fieldwork_outside_the_cht_dialect_imports_at_least_what_pyxform_converts() -> None:
    fieldwork = [w for w in WORKBOOKS if w.fieldwork and not w.cht]
    converted_by_pyxform = {w.file for w in fieldwork if pyxform_converts(w.file)}
    imported = {w.file for w in fieldwork if napsurvey_outcome(w.file).valid}
    missing = converted_by_pyxform - imported - set(REFUSED_BY_DESIGN)
    assert not missing, {f: napsurvey_outcome(f).reason for f in sorted(missing)}
    for file, why in REFUSED_BY_DESIGN.items():
        outcome = napsurvey_outcome(file)
        assert not outcome.valid and outcome.result is not None, why
        assert ErrorCode.FORM_XLSFORM_EMPTY in {p.code for p in outcome.result.fatal}, why
        assert {p.code for p in outcome.result.problems} & {ErrorCode.FORM_XLSFORM_LOCATION, ErrorCode.FORM_XLSFORM_MEDIA}, why
    # and it does better than pyxform on some (pyxform refuses a second label column, an old type spelling)
    assert imported - converted_by_pyxform


def test_refused_by_design_are_fieldwork_workbooks_pyxform_converts() -> None:
    names = {w.file: w for w in WORKBOOKS}
    for file in REFUSED_BY_DESIGN:
        assert names[file].fieldwork and not names[file].cht
        assert pyxform_converts(file)
