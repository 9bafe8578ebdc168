"""CSV, XLSX, JSON and DHIS2 contents for a small imported dataset."""

from __future__ import annotations

import csv
import io
import json

import openpyxl
import pytest

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.model import Form
from napsurvey.privacy.published import Protection, PublishedSet, ReleaseRef
from napsurvey.tables.csv_writer import to_csv
from napsurvey.tables.dhis2 import read_mapping, to_dhis2
from napsurvey.tables.json_writer import to_json
from napsurvey.tables.labels import TableLabels, label_table
from napsurvey.tables.release_tables import coverage_table, indicator_table
from napsurvey.tables.xlsx_writer import sheet_names, to_xlsx
from tests.published_tables import TABLE
from tests.tables.conftest import release


@pytest.fixture
def published(form: Form) -> PublishedSet:
    rel = release()
    tables = [indicator_table(form, ind, [rel], TABLE) for ind in form.indicators]
    return PublishedSet(threshold=10, tables=tables, coverage=[coverage_table(form, [rel], TABLE)],
                        protection=Protection(max_deviation=5, threshold=10),
                        releases=[ReleaseRef(form_id="mini", period="2026-Q4", edition=1)])


def _labels(published: PublishedSet, form: Form, language: str) -> list[TableLabels]:
    return [label_table(t, form, language) for t in published.tables]


def test_csv_has_labels_markers_and_a_legend(published: PublishedSet, form: Form) -> None:
    data = to_csv(published, _labels(published, form, "fr"), "fr")
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    header, body = rows[0], rows[1:]
    assert header[0] == "Indicateur" and header[8] == "Effectif"
    data_rows = [r for r in body if len(r) == 10]
    assert {r[0] for r in data_rows} == {"Sécurité par région", "Safe by district"}
    assert "Oui" in {r[2] for r in data_rows} and "Nord" in {r[4] for r in data_rows}
    assert "yes" not in {r[2] for r in data_rows}  # labels, not codes
    withheld = [r for r in data_rows if r[9] == "sous le seuil"]
    assert withheld and all(r[8] == "< 10" for r in withheld)  # the mark, never 0
    small = [r for r in data_rows if r[0] == "Sécurité par région" and r[2] == "Oui" and r[4] == "Nord"
             and r[7] == "octobre 2026"]
    assert small[0][8] == "< 10"
    legend = [r[0] for r in body if len(r) == 1]
    assert any("au plus 5" in line and "totaux aussi" in line and "< 10" in line for line in legend)


def test_totals_are_perturbed_from_the_records_not_added_up(published: PublishedSet, form: Form) -> None:
    table = published.tables[0]
    grand = table.cell()
    assert grand is not None and grand.count is not None and abs(grand.count - 208) <= 5
    # every published value is within D of its true count, totals included
    truth = {("yes", "north", "2026-10"): 3, ("no", "north", "2026-10"): 40, ("yes", "south", "2026-10"): 50,
             ("no", "south", "2026-10"): 60, ("yes", "north", "2026-11"): 30, ("no", "south", "2026-11"): 25}
    dims = ["answer", "region", "period"]
    for cell in table.cells:
        true = sum(n for k, n in truth.items() if all(k[dims.index(d)] == v for d, v in cell.key.items()))
        if cell.count is None:
            assert true + 5 >= 0 and true <= 9 + 5
        else:
            assert abs(cell.count - true) <= 5 and cell.count >= 10


def test_xlsx_has_readme_and_one_sheet_per_indicator(published: PublishedSet, form: Form) -> None:
    data = to_xlsx(published, _labels(published, form, "en"), "en", generated="2026-12-01")
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["README", "safe_by_region", "safe_by_district"]
    sheet = book["safe_by_region"]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][0] == "Safe by region"
    body = values[5:]
    counts = [r[3] for r in body]
    assert "< 10" in counts
    small = next(r for r in body if r[:3] == ["Yes", "North", "October 2026"])
    assert small[3] == "< 10"
    assert all(isinstance(c, int) or c == "< 10" for c in counts)
    assert not any(isinstance(c.value, str) and c.value.startswith("=") for row in sheet.iter_rows() for c in row)
    readme = [[c.value for c in row] for row in book["README"].iter_rows()]
    assert any(r[0] == "Legend" and "not zero" in str(r[1]) and "at most 5" in str(r[1]) for r in readme)


def test_xlsx_greys_exactly_the_suppressed_count_cells(published: PublishedSet, form: Form) -> None:
    data = to_xlsx(published, _labels(published, form, "en"), "en", generated="2026-12-01")
    sheet = openpyxl.load_workbook(io.BytesIO(data))["safe_by_region"]
    rows = list(sheet.iter_rows(min_row=6))
    grey = [row[3].fill.start_color.rgb == "FFD9D9D9" for row in rows]
    assert [row[3].value == "< 10" for row in rows] == grey and any(grey) and not all(grey)  # below the threshold
    assert all(row[3].alignment.horizontal == "right" for row, g in zip(rows, grey) if g)


def test_xlsx_is_well_formed_with_its_rows_in_place(published: PublishedSet, form: Form) -> None:
    import xml.etree.ElementTree as ET
    import zipfile

    data = to_xlsx(published, _labels(published, form, "en"), "en", generated="2026-12-01")
    package = zipfile.ZipFile(io.BytesIO(data))
    for name in package.namelist():
        if name.endswith((".xml", ".rels")):
            ET.fromstring(package.read(name))  # every part parses
    sheet = openpyxl.load_workbook(io.BytesIO(data))["safe_by_region"]
    numbers = [row[0].row for row in sheet.iter_rows()]
    assert numbers == list(range(1, len(numbers) + 1))  # the rows follow the head, in order
    written = [n for n in package.namelist() if n.startswith("xl/worksheets/")][1]  # the first indicator's sheet
    assert f'<dimension ref="{sheet.dimensions}"/>'.encode() in package.read(written)  # what the cells span
    assert sheet.freeze_panes == "A6" and sheet.column_dimensions["A"].width == 34


def test_sheet_names_are_unique_and_short() -> None:
    names = sheet_names(["a" * 40, "a" * 40 + "b", "x"])
    assert len(set(names)) == 3 and all(len(n) <= 31 for n in names)


def test_json_is_exactly_the_documented_shape_with_codes(published: PublishedSet) -> None:
    doc = json.loads(to_json(published))
    assert set(doc) == {"protection", "releases", "tables", "coverage"}
    assert {k: doc["protection"][k] for k in ("method", "max_deviation", "threshold")} == {
        "method": "cell-key", "max_deviation": 5, "threshold": 10}
    assert "not add up" in doc["protection"]["note"]
    assert doc["releases"] == [{"form_id": "mini", "period": "2026-Q4", "edition": 1}]
    table = doc["tables"][0]
    assert set(table) == {"indicator", "form_id", "dimensions", "threshold", "cells"}
    assert table["dimensions"] == ["answer", "region", "period"]
    for cell in table["cells"]:
        assert set(cell) == {"key", "count"}
        assert cell["count"] is None or cell["count"] >= 10
    small = next(c for c in table["cells"] if c["key"] == {"answer": "yes", "region": "north", "period": "2026-10"})
    assert small == {"key": small["key"], "count": None}
    assert any(c["key"] == {} and abs(c["count"] - 208) <= 5 for c in table["cells"])
    coverage = doc["coverage"][0]
    assert coverage["dimensions"] == ["period"] and all(c["count"] is not None for c in coverage["cells"])


MAPPING = b"""
orgUnit: ImspTQPwCqd
orgUnits: {north: DiszpKrYNg8, south: Jtf34kNZhzP}
indicators:
  safe_by_region:
    dataElement: fbfJHSPpUQD
    orgUnitBy: region
    categoryOptionCombos: {"yes": pq2XI5kz2BY, "no": PT59n8BQbqM, "total": HllvX50cXC0}
  safe_by_district:
    dataElement: cYeuwXTCPkU
    categoryOptionCombos: {"yes": pq2XI5kz2BY}
"""


def test_dhis2_payload_sends_totals_and_never_sends_a_withheld_value(published: PublishedSet) -> None:
    result = to_dhis2(published, read_mapping(MAPPING, "m.yaml"), known_indicators={"safe_by_region", "safe_by_district"})
    values = result.payload["dataValues"]
    table = published.tables[0]
    mapped = [c for c in table.cells if "period" in c.key and "region" in c.key
              and set(c.key) <= {"answer", "region", "period"} and c.key.get("answer", "total") != "__declined__"]
    assert result.suppressed_omitted == sum(1 for c in mapped if c.suppressed)
    for v in values:
        assert set(v) == {"dataElement", "period", "orgUnit", "categoryOptionCombo", "value"}
        assert v["period"] in ("202610", "202611", "202612", "2026Q4") and v["value"] != "0"
    sent = {(v["dataElement"], v["orgUnit"], v["categoryOptionCombo"], v["period"]): v["value"] for v in values}
    combos = {"yes": "pq2XI5kz2BY", "no": "PT59n8BQbqM", "total": "HllvX50cXC0"}
    for c in mapped:
        key = ("fbfJHSPpUQD", {"north": "DiszpKrYNg8", "south": "Jtf34kNZhzP"}[c.key["region"]],
               combos[c.key.get("answer", "total")], c.key["period"].replace("-", ""))
        if c.suppressed:
            assert key not in sent
        else:
            assert sent[key] == str(c.count)
    assert any(k[2] == "HllvX50cXC0" for k in sent)  # the totals over answers go to DHIS2 too
    # the district table: the answer total over places, at the default org unit; declined is unmapped
    district = [v for v in values if v["dataElement"] == "cYeuwXTCPkU"]
    assert all(v["orgUnit"] == "ImspTQPwCqd" for v in district)
    assert result.unmapped_omitted >= 1


@pytest.mark.parametrize(
    ("mapping", "code"),
    [
        # two combinations into one category option combo: two values under one key
        (b"orgUnit: ImspTQPwCqd\nindicators: {safe_by_region: {dataElement: fbfJHSPpUQD, categoryOptionCombos: "
         b"{\"yes\": pq2XI5kz2BY, \"no\": pq2XI5kz2BY}}}", ErrorCode.TABLES_DHIS2_DUPLICATE),
        # monthly and quarterly tables into one data element
        (b"orgUnit: ImspTQPwCqd\nindicators: {safe_by_region: {dataElement: fbfJHSPpUQD, categoryOptionCombos: "
         b"{\"yes\": pq2XI5kz2BY}}, safe_by_district: {dataElement: fbfJHSPpUQD, categoryOptionCombos: "
         b"{\"yes\": PT59n8BQbqM}}}", ErrorCode.TABLES_DHIS2_PERIOD_TYPES),
        (b"orgUnit: ImspTQPwCqd\nindicators: {ghost: {dataElement: fbfJHSPpUQD, categoryOptionCombos: {}}}",
         ErrorCode.TABLES_DHIS2_UNKNOWN),
        (b"orgUnit: ImspTQPwCqd\nindicators: {safe_by_region: {dataElement: fbfJHSPpUQD, categoryOptionCombos: "
         b"{\"maybe\": pq2XI5kz2BY}}}", ErrorCode.TABLES_DHIS2_UNKNOWN),
    ],
)
def test_dhis2_refusals(published: PublishedSet, mapping: bytes, code: ErrorCode) -> None:
    with pytest.raises(NapError) as info:
        to_dhis2(published, read_mapping(mapping, "m.yaml"), known_indicators={"safe_by_region", "safe_by_district"})
    assert info.value.code is code


@pytest.mark.parametrize("text", [b"indicators: [1, 2]", b"{", b"indicators: {x: {dataElement: short, "
                                  b"categoryOptionCombos: {}}}", b"\xff\xfe"])
def test_bad_mapping_files_are_refused(text: bytes) -> None:
    with pytest.raises(NapError) as info:
        read_mapping(text, "m.yaml")
    assert info.value.code is ErrorCode.TABLES_DHIS2_MAPPING


def test_mapping_naming_an_unknown_disaggregation_is_refused(published: PublishedSet) -> None:
    bad = read_mapping(b"orgUnit: ImspTQPwCqd\nindicators: {safe_by_region: {dataElement: fbfJHSPpUQD, "
                       b"disaggregations: [sex], categoryOptionCombos: {}}}", "m.yaml")
    with pytest.raises(NapError) as info:
        to_dhis2(published, bad)
    assert info.value.code is ErrorCode.TABLES_DHIS2_MAPPING
