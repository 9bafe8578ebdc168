"""CSV, XLSX, JSON and DHIS2 contents for a small imported dataset."""

from __future__ import annotations

import csv
import io
import json

import openpyxl
import pytest

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.model import Form
from napsurvey.privacy.published import PublishedSet
from napsurvey.tables.assemble import Thresholds, assemble
from napsurvey.tables.csv_writer import to_csv
from napsurvey.tables.dhis2 import read_mapping, to_dhis2
from napsurvey.tables.json_writer import to_json
from napsurvey.tables.labels import TableLabels, label_table
from napsurvey.tables.xlsx_writer import sheet_names, to_xlsx
from tests.tables.conftest import cells


@pytest.fixture
def published(form: Form) -> PublishedSet:
    return assemble(cells(), {"mini": form}, Thresholds(normal=10))


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
    suppressed = [r for r in data_rows if r[9] == "masqué"]
    assert suppressed and all(r[8] == "masqué" for r in suppressed)  # the marker, never 0
    small = [r for r in data_rows if r[0] == "Sécurité par région" and r[2] == "Oui" and r[4] == "Nord"
             and r[7] == "2026-10"]
    assert small[0][8] == "masqué"
    assert any("masqué" in r[0] and "10" in r[0] for r in body if len(r) == 1)  # legend row


def test_csv_totals_never_add_up_suppressed_cells(published: PublishedSet, form: Form) -> None:
    data = to_csv(published, _labels(published, form, "en"), "en").decode("utf-8-sig")
    rows = [r for r in csv.reader(io.StringIO(data)) if len(r) == 10][1:]
    table = published.tables[0]
    grand = table.cell()
    assert grand is not None and grand.count == 208  # the true total, from the true counts
    shown = [int(r[8]) for r in rows if r[0] == "Safe by region" and "Total" not in (r[2], r[4], r[7])
             and r[8].isdigit()]
    assert sum(shown) != 208 or not table.suppressed_count  # a reader cannot rebuild it from the cells


def test_xlsx_has_readme_and_one_sheet_per_indicator(published: PublishedSet, form: Form) -> None:
    data = to_xlsx(published, _labels(published, form, "en"), "en", generated="2026-12-01")
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["README", "safe_by_region", "safe_by_district"]
    sheet = book["safe_by_region"]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][0] == "Safe by region"
    body = values[5:]
    counts = [r[3] for r in body]
    assert "suppressed" in counts
    small = next(r for r in body if r[:3] == ["Yes", "North", "2026-10"])
    assert small[3] == "suppressed"
    assert all(isinstance(c, int) or c == "suppressed" for c in counts)
    assert not any(isinstance(c.value, str) and c.value.startswith("=") for row in sheet.iter_rows() for c in row)
    readme = [[c.value for c in row] for row in book["README"].iter_rows()]
    assert any(r[0] == "Legend" and "not zero" in str(r[1]) for r in readme)


def test_xlsx_greys_exactly_the_suppressed_count_cells(published: PublishedSet, form: Form) -> None:
    data = to_xlsx(published, _labels(published, form, "en"), "en", generated="2026-12-01")
    sheet = openpyxl.load_workbook(io.BytesIO(data))["safe_by_region"]
    rows = list(sheet.iter_rows(min_row=6))
    grey = [row[3].fill.start_color.rgb == "FFD9D9D9" for row in rows]
    assert [row[3].value == "suppressed" for row in rows] == grey and any(grey) and not all(grey)
    assert all(row[3].alignment.horizontal == "right" for row, g in zip(rows, grey) if g)


def test_sheet_names_are_unique_and_short() -> None:
    names = sheet_names(["a" * 40, "a" * 40 + "b", "x"])
    assert len(set(names)) == 3 and all(len(n) <= 31 for n in names)


def test_json_is_exactly_the_documented_shape_with_codes(published: PublishedSet) -> None:
    doc = json.loads(to_json(published))
    assert set(doc) == {"threshold", "tables"} and doc["threshold"] == 10
    table = doc["tables"][0]
    assert set(table) == {"indicator", "form_id", "dimensions", "threshold", "cells"}
    assert table["dimensions"] == ["answer", "region", "period"]
    for cell in table["cells"]:
        assert set(cell) == {"key", "count", "suppressed"}  # never why: "primary" would narrow it to 1..9
        assert (cell["count"] is None) == cell["suppressed"]
    small = next(c for c in table["cells"] if c["key"] == {"answer": "yes", "region": "north", "period": "2026-10"})
    assert small == {"key": small["key"], "count": None, "suppressed": True}
    assert any(c["key"] == {} and c["count"] == 208 for c in table["cells"])


MAPPING = b"""
orgUnit: ImspTQPwCqd
orgUnits: {north: DiszpKrYNg8, south: Jtf34kNZhzP}
indicators:
  safe_by_region:
    dataElement: fbfJHSPpUQD
    orgUnitBy: region
    categoryOptionCombos: {"yes": pq2XI5kz2BY, "no": PT59n8BQbqM}
  safe_by_district:
    dataElement: cYeuwXTCPkU
    categoryOptionCombos: {"yes": pq2XI5kz2BY}
"""


def test_dhis2_payload_omits_suppressed_cells_and_never_sends_zero_for_them(published: PublishedSet) -> None:
    result = to_dhis2(published, read_mapping(MAPPING, "m.yaml"))
    values = result.payload["dataValues"]
    table = published.tables[0]
    expected = [c for c in table.cells if set(c.key) == {"answer", "region", "period"}]
    assert result.suppressed_omitted >= sum(1 for c in expected if c.suppressed)
    for v in values:
        assert set(v) == {"dataElement", "period", "orgUnit", "categoryOptionCombo", "value"}
        assert v["period"] in ("202610", "202611", "2026Q4")
    sent = {(v["dataElement"], v["orgUnit"], v["categoryOptionCombo"], v["period"]): v["value"] for v in values}
    for c in expected:
        key = ("fbfJHSPpUQD", {"north": "DiszpKrYNg8", "south": "Jtf34kNZhzP"}[c.key["region"]],
               {"yes": "pq2XI5kz2BY", "no": "PT59n8BQbqM"}[c.key["answer"]], c.key["period"].replace("-", ""))
        if c.suppressed:
            assert key not in sent
        else:
            assert sent[key] == str(c.count)
    # the district table: the answer total over places, at the default org unit; declined is unmapped
    district = [v for v in values if v["dataElement"] == "cYeuwXTCPkU"]
    assert all(v["orgUnit"] == "ImspTQPwCqd" for v in district)
    assert result.unmapped_omitted >= 1


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
