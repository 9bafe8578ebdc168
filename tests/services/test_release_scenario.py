"""A year of fieldwork through the product, everything a coordinator publishes, attacked together.

Four monitors' vaults hold the records of the four shipped questionnaires at
field sizes (400 community interviews and 80 incidents a quarter, 30 key
informants and 12 institution audits a year). Each monitor exports a bundle
every month; the coordinator imports them. Monitor 1's September bundle
arrives late (15 November, after the third quarter's release: a revision);
monitor 2's May bundle is lost and re-created with the same id; a new kit
lowers the threshold of ordinary forms from 10 to 5 on 1 July. The
coordinator releases every closed period and publishes what a coordinator
publishes: each quarter (JSON, CSV, XLSX, DHIS2), one output per form, each
form's report, both semesters and the year. The independent attacker gets
every JSON file, the questionnaires and D.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest

from napsurvey.bundle.formats import ReferralService, StudyProtocol
from napsurvey.forms.loader import load_form_text
from napsurvey.services import enrollment, outputs, releases, sync_export, sync_import
from napsurvey.services.session import Session
from napsurvey.vault.repo.records import NewRecord, insert_records
from tests.bundle.homes import make_session
from tests.privacy.fieldwork import Kit, Record, Release, Scenario, fieldwork, shipped_form_texts, truth_of, utility
from tests.privacy.release_attacker import ReleaseAttacker

SIZES = {"community_safety": 400, "crsv_incident": 80, "nap_key_informant": 30, "security_sector_audit": 12}
MONITORS = 4
YEAR = 2026
LATE = ("D1", "2026-09", dt.date(2026, 11, 15))
LOST = ("D2", "2026-05", dt.date(2026, 6, 20))


def _day(d: dt.date) -> str:
    return d.isoformat()


@dataclass
class World:
    coordinator: Session
    monitors: dict[str, Session]
    scenario: Scenario
    releases: list[Release]
    docs: list[dict]  # type: ignore[type-arg]
    files: dict[str, Path]
    root: Path


def _kit(coordinator: Session, texts: list[str], day: str, threshold: int) -> bytes:
    return enrollment.create_kit(
        coordinator, form_texts=texts, threshold=threshold, threshold_high=20, today=day,
        referrals={"north": [ReferralService(name="Clinic", kind="medical")]},
        protocol=StudyProtocol(title="Study", reference="P-1", approved_by="Board", approved_day="2026-01-01"),
    )


def _months() -> list[str]:
    return [f"{YEAR}-{m:02d}" for m in range(1, 13)]


def _arrival(device: str, month: str) -> dt.date:
    if (device, month) == LATE[:2]:
        return LATE[2]
    if (device, month) == LOST[:2]:
        return LOST[2]
    y, m = int(month[:4]), int(month[5:])
    return dt.date(y + (m == 12), m % 12 + 1, 3)


def _write_all(world_files: dict[str, Path], root: Path, coordinator: Session, label: str, day: str,
               period: str | None, form_id: str | None, mapping: Path | None, docs: list[dict]) -> None:  # type: ignore[type-arg]
    stem = label.replace(" ", "_").replace("..", "-")
    out = root / f"{stem}.json"
    outputs.write_tables(coordinator, out, "json", today=day, period=period, form_id=form_id)
    doc = json.loads(out.read_text("utf-8"))
    doc["label"] = label
    docs.append(doc)
    world_files[label] = out
    for fmt in ("csv", "xlsx"):
        target = root / f"{stem}.{fmt}"
        outputs.write_tables(coordinator, target, fmt, today=day, period=period, form_id=form_id, language="fr")
        world_files[f"{label} {fmt}"] = target
    if mapping is not None:
        target = root / f"{stem}.dhis2.json"
        outputs.write_tables(coordinator, target, "dhis2", today=day, period=period, form_id=form_id, mapping=mapping)
        world_files[f"{label} dhis2"] = target


MAPPING = """\
orgUnit: ImspTQPwCqd
orgUnits: {north: DiszpKrYNg8, south: Jtf34kNZhzP, east: O6uvpzGd5pu, west: TEQlaapDQoK, capital: Vth0fbpFcsO}
indicators:
  safe_night_by_region:
    dataElement: fbfJHSPpUQD
    orgUnitBy: region
    categoryOptionCombos: {"safe": pq2XI5kz2BY, "unsafe": PT59n8BQbqM, "total": HllvX50cXC0}
  incidents_by_type:
    dataElement: cYeuwXTCPkU
    categoryOptionCombos: {"sexual_violence": pq2XI5kz2BY, "total": HllvX50cXC0}
"""


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("year")
    texts = shipped_form_texts()
    coordinator = make_session(root / "coordinator", "coordinator")
    kit = enrollment.seal_kit(coordinator, _kit(coordinator, list(texts.values()), "2026-01-02", 10))
    monitors: dict[str, Session] = {}
    for m in range(MONITORS):
        device = f"D{m + 1}"
        session = make_session(root / device, "monitor")
        enrollment.enroll(session, kit.data, path="kit", today="2026-01-03", code=kit.code)
        card = enrollment.open_card(coordinator, enrollment.device_card(session, label=device, today="2026-01-03"), "card")
        enrollment.approve_device(coordinator, card, today="2026-01-04")
        monitors[device] = session
    kits = [Kit(dt.date(2026, 1, 1), 10, 20), Kit(dt.date(2026, 7, 1), 5, 20)]
    scenario = fieldwork(texts, SIZES, monitors=MONITORS, year=YEAR, kits=kits)
    versions = {f: load_form_text(text).form.version for f, text in texts.items()}
    by_device_month: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for record in scenario.records:
        record.arrival = _arrival(record.device, record.month)
        by_device_month[(record.device, record.month)].append(record)
    # every monitor exports on the 3rd of the next month; the coordinator imports on arrival
    arrivals: dict[dt.date, list[Path]] = defaultdict(list)
    lost_bundle: tuple[str, str] | None = None
    for month in _months():
        for device, session in monitors.items():
            batch = by_device_month.get((device, month), [])
            if not batch:
                continue
            insert_records(session.vault, [NewRecord(r.form_id, versions[r.form_id], r.month, r.answers)
                                           for r in batch])
            y, mm = int(month[:4]), int(month[5:])
            made = dt.date(y + (mm == 12), mm % 12 + 1, 3)
            out = root / "sticks" / device / month
            out.mkdir(parents=True)
            result = sync_export.export_bundle(session, out, today=_day(made))
            if (device, month) == LOST[:2]:
                result.path.unlink()  # lost on the way: re-created later with the same id
                lost_bundle = (device, result.bundle_id)
                continue
            arrivals[_arrival(device, month)].append(result.path)
    assert lost_bundle is not None
    (root / "sticks" / "again").mkdir()
    again = sync_export.export_again(monitors[lost_bundle[0]], lost_bundle[1], root / "sticks" / "again",
                                     today=_day(LOST[2]))
    assert again.bundle_id == lost_bundle[1]
    arrivals[LOST[2]].append(again.path)
    mapping = root / "mapping.yaml"
    mapping.write_text(MAPPING, encoding="utf-8")
    made_releases: list[Release] = []
    docs: list[dict] = []  # type: ignore[type-arg]
    files: dict[str, Path] = {}
    quarter_forms = ["community_safety", "crsv_incident"]
    year_forms = ["nap_key_informant", "security_sector_audit"]

    def release(form_id: str, period: str, day: dt.date) -> None:
        info = releases.release(coordinator, form_id, period, today=_day(day))
        made_releases.append(Release(form_id, info.period, info.edition, day))

    events: list[tuple[dt.date, str]] = sorted(
        [(d, "import") for d in arrivals]
        + [(dt.date(2026, 5, 1), "Q1"), (dt.date(2026, 8, 1), "Q2"), (dt.date(2026, 11, 1), "Q3"),
           (dt.date(2026, 11, 20), "Q3 revision"), (dt.date(2027, 2, 1), "Q4"), (dt.date(2026, 7, 1), "kit")],
        key=lambda e: (e[0], e[1] != "import"),
    )
    for day, what in events:
        d = _day(day)
        if what == "import":
            report = sync_import.import_bundles(coordinator, arrivals[day], today=d)
            assert report.ok, [o.message for o in report.outcomes]
        elif what == "kit":
            _kit(coordinator, list(texts.values()), d, 5)
        elif what in ("Q1", "Q2", "Q3", "Q4"):
            q = int(what[1])
            period = f"{YEAR}Q{q}"
            for form_id in quarter_forms:
                release(form_id, period, day)
            _write_all(files, root, coordinator, f"{YEAR}-Q{q}", d, period, None, mapping if q == 1 else None, docs)
            for form_id in quarter_forms:
                _write_all(files, root, coordinator, f"{YEAR}-Q{q} {form_id}", d, period, form_id, None, docs)
            if q == 2:
                _write_all(files, root, coordinator, "first semester", d, f"{YEAR}H1", None, None, docs)
            if q == 4:
                for form_id in year_forms:
                    release(form_id, str(YEAR), day)
                _write_all(files, root, coordinator, "second semester", d, f"{YEAR}H2", None, None, docs)
                _write_all(files, root, coordinator, "year", d, f"{YEAR}Q1..{YEAR}Q4", None, mapping, docs)
                _write_all(files, root, coordinator, "annual forms", d, str(YEAR), None, None, docs)
                for form_id in [*quarter_forms, *year_forms]:
                    target = root / f"report_{form_id}.pdf"
                    outputs.write_report(coordinator, target, today=d, form_id=form_id,
                                         period=str(YEAR) if form_id in year_forms else f"{YEAR}Q1..{YEAR}Q4")
                    files[f"report {form_id}"] = target
        elif what == "Q3 revision":
            for form_id in quarter_forms:
                release(form_id, f"{YEAR}Q3", day)
            _write_all(files, root, coordinator, f"{YEAR}-Q3 revised", d, f"{YEAR}Q3", None, None, docs)
            # the first quarter again, now that a new kit lowered the threshold
            _write_all(files, root, coordinator, f"{YEAR}-Q1 again", d, f"{YEAR}Q1", None, None, docs)
    yield World(coordinator, monitors, scenario, made_releases, docs, files, root)
    coordinator.lock()
    for session in monitors.values():
        session.lock()


@pytest.fixture(scope="module")
def attacked(world: World) -> object:
    attacker = ReleaseAttacker(world.scenario.forms.values(), world.docs, 5)
    return attacker, attacker.attack(truth_of(world.scenario, world.releases))


def test_the_year_was_released_and_revised(world: World) -> None:
    ledger = releases.releases(world.coordinator)
    editions = {(r.form_id, r.period): r.edition for r in ledger}
    assert editions[("community_safety", "2026-Q3")] == 2 and editions[("crsv_incident", "2026-Q3")] == 2
    assert editions[("community_safety", "2026-Q1")] == 1 and editions[("nap_key_informant", "2026")] == 1
    thresholds = {(r.form_id, r.period, r.edition): r.threshold for r in ledger}
    assert thresholds[("community_safety", "2026-Q1", 1)] == 10 and thresholds[("community_safety", "2026-Q2", 1)] == 5
    assert thresholds[("crsv_incident", "2026-Q4", 1)] == 20
    assert len(releases.publications(world.coordinator)) >= 3 * len(world.docs)


def test_no_count_below_the_threshold_is_recovered_from_everything_published(attacked: object) -> None:
    attacker, report = attacked  # type: ignore[misc]
    assert report.targets > 2000
    assert report.recovered_small == [], report.recovered_small[:5]
    assert report.inconsistent == []
    assert any(t.label.startswith("added to") for t in attacker.targets.values())  # the revision is attacked
    assert any("changed:" in row[3] for row in attacker.rows)  # "it changed, so the late bundle added someone"


def test_no_published_value_is_further_than_d_from_its_count(attacked: object) -> None:
    _, report = attacked  # type: ignore[misc]
    assert report.off_by_more_than_d == []


def test_the_outputs_carry_numbers(world: World) -> None:
    shares = utility(world.docs)
    assert shares["cells"] >= 0.60 and shares["totals"] >= 0.95 and shares["coverage"] == 1.0
    informants = [c for d in world.docs for t in d["tables"] if t["form_id"] == "nap_key_informant"
                  for c in t["cells"] if set(c["key"]) <= {"period"}]
    assert informants and all(c["count"] is not None for c in informants)  # totals at 30 informants


def test_every_format_shows_the_same_figures(world: World) -> None:
    doc = json.loads(world.files["2026-Q1"].read_text("utf-8"))
    table = next(t for t in doc["tables"] if t["indicator"] == "safe_night_by_sex")
    values = {json.dumps(c["key"], sort_keys=True): c["count"] for c in table["cells"]}
    rows = list(csv.reader(io.StringIO(world.files["2026-Q1 csv"].read_text("utf-8-sig"))))
    title = "Sécurité perçue des femmes marchant seules la nuit, par sexe"
    shown = [r[8] for r in rows if len(r) == 10 and r[0].startswith(title)]
    assert sorted(shown) == sorted("< 10" if v is None else str(v) for v in values.values())
    book = openpyxl.load_workbook(world.files["2026-Q1 xlsx"])
    assert book.sheetnames[0] == "LISEZMOI"
    sheet = book["safe_night_by_sex"]
    cells = [row[-1] for row in sheet.iter_rows(min_row=6, values_only=True)]
    assert sorted(str(c) for c in cells) == sorted(shown)  # the workbook shows what the CSV shows
    dhis2 = json.loads(world.files["2026-Q1 dhis2"].read_text("utf-8"))["dataValues"]
    published = {c["count"] for t in doc["tables"] if t["indicator"] in ("safe_night_by_region", "incidents_by_type")
                 for c in t["cells"] if c["count"] is not None}
    assert dhis2 and all(int(v["value"]) in published for v in dhis2)
    assert any(v["categoryOptionCombo"] == "HllvX50cXC0" for v in dhis2)  # totals are sent
    for form_id in SIZES:
        assert world.files[f"report {form_id}"].read_bytes().startswith(b"%PDF")
