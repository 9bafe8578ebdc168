"""Releases and the ledger: closed periods only, revisions after late bundles, coded refusals."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from napsurvey.bundle.formats import AggregateTable, Cell, Denominators
from napsurvey.errors import ErrorCode, NapError
from napsurvey.services import enrollment, outputs, releases
from napsurvey.services.session import Session
from tests.form_tables import yaml_from_table
from tests.services.outputs_data import DEVICES, RELEASE_DAY, import_cells, make_coordinator

FORM = yaml_from_table("""
| survey     |
|            | type              | name    | label    |
|            | select_one region | region  | Region   |
|            | select_one yes_no | safe    | Safe?    |
| choices    |
|            | list_name         | name    | label    |
|            | yes_no            | yes     | Yes      |
|            | yes_no            | no      | No       |
|            | region            | north   | North    |
|            | region            | south   | South    |
| settings   |
|            | form_id           | version | form_title |
|            | mini              | 1       | Mini       |
| indicators |
|            | name              | label          | question | by     | period  |
|            | safe_by_region    | Safe by region | safe     | region | quarter |
""")


def _bundle(session: Session, device: str, sequence: int, counts: dict[tuple[str, ...], int], month: str,
            seed: int) -> None:
    rng = random.Random(seed)
    cells = [Cell(key=list(k), count=n, key_sum=rng.randrange(1 << 32)) for k, n in sorted(counts.items())]
    table = AggregateTable(form_id="mini", form_versions=["1"], indicator="safe_by_region", question="safe",
                           dimensions=["region"], period="quarter", cells=cells)
    dens = [Denominators(form_id="mini", form_versions=["1"], period=month, interviews=sum(counts.values()),
                         key_sum=rng.randrange(1 << 32))]
    import_cells(session, device, sequence, [table], dens)


@pytest.fixture
def coordinator(tmp_path: Path) -> Session:
    session = make_coordinator(tmp_path, [FORM])
    _bundle(session, DEVICES[0], 1, {("yes", "north", "2026-Q3"): 40, ("no", "north", "2026-Q3"): 31,
                                      ("yes", "south", "2026-Q3"): 27, ("no", "south", "2026-Q3"): 4}, "2026-08", 1)
    return session


def test_a_period_is_released_once_closed_and_shows_the_same_figures_every_time(coordinator: Session,
                                                                                tmp_path: Path) -> None:
    info = releases.release(coordinator, "mini", "2026Q3", today="2026-10-31")  # Sept 30 + 30 days of grace
    assert (info.period, info.edition, info.threshold, info.max_deviation) == ("2026-Q3", 1, 10, 5)
    assert info.interviews is not None and abs(info.interviews - 102) <= 5
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    outputs.write_tables(coordinator, a, "json", today="2026-11-01")
    outputs.write_tables(coordinator, b, "json", today="2026-12-01")
    assert a.read_bytes() == b.read_bytes()  # the same release, byte-identical figures
    doc = json.loads(a.read_text("utf-8"))
    assert doc["releases"] == [{"form_id": "mini", "period": "2026-Q3", "edition": 1}]
    small = next(c for t in doc["tables"] for c in t["cells"]
                 if c["key"] == {"answer": "no", "region": "south", "period": "2026-Q3"})
    assert small["count"] is None
    assert [p.output for p in releases.publications(coordinator)] == ["tables json", "tables json"]


@pytest.mark.parametrize(
    ("form_id", "period", "today", "code"),
    [
        ("mini", "2026Q3", "2026-10-30", ErrorCode.RELEASE_NOT_CLOSED),  # still in its grace
        ("mini", "2026", "2027-03-01", ErrorCode.RELEASE_PERIOD_KIND),  # a quarterly form
        ("mini", "2026-08", "2027-03-01", ErrorCode.RELEASE_PERIOD_KIND),
        ("mini", "2026Q2", "2027-03-01", ErrorCode.RELEASE_NO_DATA),
        ("ghost", "2026Q3", "2027-03-01", ErrorCode.VAULT_FORM_NOT_INSTALLED),
    ],
)
def test_release_refusals(coordinator: Session, form_id: str, period: str, today: str, code: ErrorCode) -> None:
    with pytest.raises(NapError) as info:
        releases.release(coordinator, form_id, period, today=today)
    assert info.value.code is code
    assert releases.releases(coordinator) == []


def test_the_kit_sets_the_grace(tmp_path: Path) -> None:
    session = make_coordinator(tmp_path, [FORM])
    enrollment.create_kit(session, form_texts=[FORM], grace_days=5, today="2026-10-01")
    _bundle(session, DEVICES[0], 1, {("yes", "north", "2026-Q3"): 40}, "2026-08", 1)
    assert releases.release(session, "mini", "2026Q3", today="2026-10-06").edition == 1
    with pytest.raises(NapError) as info:
        enrollment.create_kit(session, form_texts=[FORM], grace_days=400, today="2026-10-01")
    assert info.value.code is ErrorCode.KIT_GRACE


def test_a_late_bundle_makes_a_revision_and_unchanged_cells_keep_their_value(coordinator: Session) -> None:
    releases.release(coordinator, "mini", "2026Q3", today=RELEASE_DAY)
    first = outputs.published_tables(coordinator).published.tables[0]
    with pytest.raises(NapError) as info:
        releases.release(coordinator, "mini", "2026Q3", today=RELEASE_DAY)
    assert info.value.code is ErrorCode.RELEASE_UNCHANGED
    _bundle(coordinator, DEVICES[1], 1, {("yes", "south", "2026-Q3"): 2}, "2026-09", 7)  # the late bundle
    info2 = releases.release(coordinator, "mini", "2026Q3", today=RELEASE_DAY)
    assert info2.edition == 2 and info2.bundles == 2
    second = outputs.published_tables(coordinator).published
    assert second.releases[0].edition == 2
    table = second.tables[0]
    for cell in first.cells:
        later = table.cell(**cell.key)
        assert later is not None
        if "region" in cell.key and cell.key["region"] == "north":
            assert later.count == cell.count  # the late bundle had no one in the north: the same value
    ledger = releases.releases(coordinator)
    assert [(r.period, r.edition) for r in ledger] == [("2026-Q3", 1), ("2026-Q3", 2)]


def test_outputs_refuse_what_is_not_released_and_name_what_is(coordinator: Session) -> None:
    with pytest.raises(NapError) as info:
        outputs.published_tables(coordinator)
    assert info.value.code is ErrorCode.RELEASE_NOT_RELEASED and "none yet" in info.value.message
    # Read as a coordinator reads it: no "nothing is not released", no "2026-Q1, 2026-Q2 is"
    assert info.value.message.startswith("not released: any period; publishable: none yet")
    releases.release(coordinator, "mini", "2026Q3", today=RELEASE_DAY)
    with pytest.raises(NapError) as info:
        outputs.published_tables(coordinator, period="2026Q3..2027Q1")
    assert info.value.message.startswith("not released for form 'mini': 2026-Q4, 2027-Q1; publishable: mini 2026-Q3")
    for period in ("2026Q4", "2026Q3..2026Q4", "2026H2"):  # not released, or a range it covers only in part
        with pytest.raises(NapError) as info:
            outputs.published_tables(coordinator, period=period)
        assert info.value.code is ErrorCode.RELEASE_NOT_RELEASED and "mini 2026-Q3" in info.value.message
    with pytest.raises(NapError) as info:
        outputs.published_tables(coordinator, period="2026Q5")
    assert info.value.code is ErrorCode.TABLES_PERIOD
    assert outputs.published_tables(coordinator, period="2026-07..2026-09").published.tables


def test_counts_from_a_format_one_bundle_get_a_derived_key(tmp_path: Path) -> None:
    session = make_coordinator(tmp_path, [FORM])
    table = AggregateTable(form_id="mini", form_versions=["1"], indicator="safe_by_region", question="safe",
                           dimensions=["region"], period="quarter",
                           cells=[Cell(key=["yes", "north", "2026-Q3"], count=40)])
    dens = [Denominators(form_id="mini", form_versions=["1"], period="2026-08", interviews=40)]
    import_cells(session, DEVICES[0], 1, [table], dens)  # no key sums: a bundle of format 1
    releases.release(session, "mini", "2026Q3", today=RELEASE_DAY)
    cell = outputs.published_tables(session).published.tables[0].cell(answer="yes", region="north",
                                                                       period="2026-Q3")
    assert cell is not None and cell.count is not None and abs(cell.count - 40) <= 5
