"""The DHIS2 export through the outputs service (and the command line), as a coordinator runs it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from napsurvey.bundle.formats import AggregateTable, Cell, Denominators
from napsurvey.cli.main import main
from napsurvey.errors import ErrorCode, NapError
from napsurvey.services import outputs, releases
from napsurvey.services.session import Session
from tests.form_tables import yaml_from_table
from tests.services.outputs_data import DEVICES, PASSPHRASE, RELEASE_DAY, TODAY, import_cells, make_coordinator

FORM = yaml_from_table("""
| survey     |
|            | type              | name    | label    |
|            | select_one yes_no | consent | Consent? |
|            | select_one region | region  | Region   |
|            | select_one yes_no | safe    | Safe?    |
| choices    |
|            | list_name         | name    | label    |
|            | yes_no            | yes     | Yes      |
|            | yes_no            | no      | No       |
|            | region            | north   | North    |
|            | region            | south   | South    |
|            | region            | east    | East     |
| settings   |
|            | form_id           | version | form_title |
|            | mini_survey       | 2026.1  | Mini survey |
| indicators |
|            | name              | label          | question | by     | period | dhis2       |
|            | safe_by_region    | Safe by region | safe     | region | month  | fbfJHSPpUQD |
""")

#: South / "no" is 3: below the threshold, so DHIS2 must never receive it (nor a 0 for it).
COUNTS = {("yes", "north", "2026-10"): 40, ("no", "north", "2026-10"): 31,
          ("yes", "south", "2026-10"): 27, ("no", "south", "2026-10"): 3,
          ("yes", "east", "2026-10"): 52, ("no", "east", "2026-10"): 45}
ORG_UNITS = {"north": "DiszpKrYNg8", "south": "Jtf34kNZhzP", "east": "O6uvpzGd5pu"}
COMBOS = {"yes": "pq2XI5kz2BY", "no": "PT59n8BQbqM"}

MAPPING = """\
orgUnits: {north: DiszpKrYNg8, south: Jtf34kNZhzP, east: O6uvpzGd5pu}
indicators:
  safe_by_region:
    orgUnitBy: region
    categoryOptionCombos: {"yes": pq2XI5kz2BY, "no": PT59n8BQbqM}
"""


@pytest.fixture
def coordinator(tmp_path: Path) -> Session:
    session = make_coordinator(tmp_path, [FORM])
    table = AggregateTable(form_id="mini_survey", form_versions=["2026.1"], indicator="safe_by_region",
                           question="safe", dimensions=["region"], period="month",
                           cells=[Cell(key=list(k), count=n) for k, n in sorted(COUNTS.items())])
    dens = [Denominators(form_id="mini_survey", form_versions=["2026.1"], period="2026-10", interviews=101)]
    import_cells(session, DEVICES[0], 1, [table], dens)
    releases.release(session, "mini_survey", "2026-10", today=RELEASE_DAY)
    return session


def test_the_dhis2_file_carries_only_published_counts_never_a_suppressed_one(coordinator: Session,
                                                                             tmp_path: Path) -> None:
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text(MAPPING, encoding="utf-8")
    out = tmp_path / "dhis2.json"
    done = outputs.write_tables(coordinator, out, "dhis2", today=TODAY, mapping=mapping)
    values = json.loads(out.read_text("utf-8"))["dataValues"]
    assert done.dhis2 is not None and done.dhis2.values == len(values) and done.dhis2.suppressed_omitted >= 1
    assert {v["dataElement"] for v in values} == {"fbfJHSPpUQD"}  # the form's default data element
    assert {v["period"] for v in values} == {"202610"}
    sent = {(v["orgUnit"], v["categoryOptionCombo"]): v["value"] for v in values}
    [table] = outputs.published_tables(coordinator, form_id="mini_survey").published.tables
    cells = [c for c in table.cells if set(c.key) == {"answer", "region", "period"} and c.key["answer"] in COMBOS]
    hidden = [(ORG_UNITS[c.key["region"]], COMBOS[c.key["answer"]]) for c in cells if c.suppressed]
    assert ("Jtf34kNZhzP", "PT59n8BQbqM") in hidden and len(hidden) == done.dhis2.suppressed_omitted
    # exactly the published cells, with their published counts: a withheld one is left out, never sent as 0
    assert sent == {(ORG_UNITS[c.key["region"]], COMBOS[c.key["answer"]]): str(c.count)
                    for c in cells if not c.suppressed}
    assert sent and "3" not in sent.values() and "0" not in sent.values()
    assert out.stat().st_mode & 0o777 == 0o644  # a published file, meant to be shared
    assert coordinator.audit()[-1].event == "output_written" and "dhis2" in coordinator.audit()[-1].detail


def test_the_dhis2_format_needs_a_readable_mapping(coordinator: Session, tmp_path: Path) -> None:
    out = tmp_path / "dhis2.json"
    with pytest.raises(NapError) as info:
        outputs.write_tables(coordinator, out, "dhis2", today=TODAY)
    assert info.value.code is ErrorCode.TABLES_DHIS2_NO_MAPPING
    with pytest.raises(NapError) as info:
        outputs.write_tables(coordinator, out, "dhis2", today=TODAY, mapping=tmp_path / "absent.yaml")
    assert info.value.code is ErrorCode.TABLES_DHIS2_MAPPING
    broken = tmp_path / "broken.yaml"
    broken.write_text("indicators: {safe_by_region: {categoryOptionCombos: [not, a, map]}}\n", encoding="utf-8")
    with pytest.raises(NapError) as info:
        outputs.write_tables(coordinator, out, "dhis2", today=TODAY, mapping=broken)
    assert info.value.code is ErrorCode.TABLES_DHIS2_MAPPING
    assert not out.exists()


def test_the_command_line_writes_the_dhis2_file(coordinator: Session, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    home = str(coordinator.home)
    coordinator.lock()
    secret = tmp_path / "p"
    secret.write_text(PASSPHRASE)
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text(MAPPING, encoding="utf-8")
    out = tmp_path / "d.json"
    code = main(["--home", home, "--passphrase-file", str(secret), "tables", "--format", "dhis2", "--out", str(out),
                 "--mapping", str(mapping)])
    assert code == 0, capsys.readouterr().err
    assert "DHIS2:" in capsys.readouterr().out
    assert json.loads(out.read_text("utf-8"))["dataValues"]
