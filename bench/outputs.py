"""Benchmark: releasing 20 indicators from 100,000 records, and the PDF report of 20 indicators.

``release_s``: a monitor holds 100,000 completed records of a questionnaire
with 20 indicators (answer x region x sex x quarter); they are exported,
imported by the coordinator, and the quarter is released (the timed step:
summing the tallies, recording the release). ``report_s``: 20 protected
tables with charts laid out as a PDF (``build_report`` alone). Ends with::

    bench: release_s <seconds> (target < 3) PASS|FAIL
    bench: report_s <seconds> (target < 3) PASS|FAIL
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path

os.environ.setdefault("NAPSURVEY_TEST_FAST_KDF", "1")  # the KDF is not what we measure here

from napsurvey.privacy.cellkey import Tally
from napsurvey.privacy.ptable import DEFAULT_PARAMETERS, KEY_SPACE, build_table
from napsurvey.reports.document import build_report
from napsurvey.reports.model import CoverageSummary, ReportInput, ReportSection
from napsurvey.services import enrollment, outputs, releases, sync_export, sync_import
from napsurvey.services.session import Session
from napsurvey.tables.labels import TableLabels
from napsurvey.tables.release_tables import protected_table
from napsurvey.vault.repo.records import NewRecord, insert_records
from napsurvey.vault.store import Vault

ANSWERS = ["very_safe", "fairly_safe", "fairly_unsafe", "very_unsafe", "dk"]
REGIONS = ["north", "south", "east", "west", "capital"]
SEXES = ["female", "male"]
PERIODS = ["2026-Q3", "2026-Q4"]
PASS = "bench passphrase 42"
DAY = "2026-11-23"
INDICATORS = 20
RECORDS = 100_000


def _form() -> str:
    questions = "\n".join(f"  - {{type: select_one scale, name: q{i}, label: Q{i}}}" for i in range(INDICATORS))
    indicators = "\n".join(f"  - {{name: q{i}_by_region_sex, label: Q{i}, question: q{i}, by: [region, sex], "
                           "period: quarter}" for i in range(INDICATORS))
    scale = ", ".join(f"{{name: {a}, label: {a}}}" for a in ANSWERS)
    regions = ", ".join(f"{{name: {r}, label: {r}}}" for r in REGIONS)
    return f"""settings: {{form_id: bench_release, form_title: Bench, version: "1"}}
survey:
  - {{type: select_one region, name: region, label: Region}}
  - {{type: select_one sex, name: sex, label: Sex}}
{questions}
choices:
  scale: [{scale}]
  region: [{regions}]
  sex: [{{name: female, label: F}}, {{name: male, label: M}}]
indicators:
{indicators}
"""


def _session(home: Path, role: str) -> Session:
    return Session(home, Vault.create(home, role, PASS)[0])


def bench_release(root: Path) -> float:
    form = _form()
    coordinator = _session(root / "c", "coordinator")
    monitor = _session(root / "m", "monitor")
    try:
        kit = enrollment.seal_kit(coordinator, enrollment.create_kit(coordinator, form_texts=[form], today=DAY))
        enrollment.enroll(monitor, kit.data, path="kit", today=DAY, code=kit.code)
        card = enrollment.open_card(coordinator, enrollment.device_card(monitor, today=DAY), "card")
        enrollment.approve_device(coordinator, card, today=DAY)
        rng = random.Random(1)
        records = []
        for _ in range(RECORDS):
            data = {"region": rng.choice(REGIONS), "sex": rng.choice(SEXES)}
            data.update({f"q{i}": rng.choice(ANSWERS) for i in range(INDICATORS)})
            records.append(NewRecord("bench_release", "1", rng.choice(["2026-07", "2026-08", "2026-09"]), data))
        insert_records(monitor.vault, records)
        bundle = sync_export.export_bundle(monitor, root, today=DAY)
        assert sync_import.import_bundles(coordinator, [bundle.path], today=DAY).ok
        t0 = time.perf_counter()
        info = releases.release(coordinator, "bench_release", "2026Q3", today=DAY)
        seconds = time.perf_counter() - t0
        t0 = time.perf_counter()
        published = outputs.published_tables(coordinator)
        tables_s = time.perf_counter() - t0
        assert info.edition == 1 and len(published.published.tables) == INDICATORS
        print(f"release: {RECORDS} records, {INDICATORS} indicators, {seconds:.2f} s; "
              f"its {INDICATORS} protected tables {tables_s:.2f} s")
        return seconds
    finally:
        coordinator.lock()
        monitor.lock()


def _section(i: int, rng: random.Random) -> ReportSection:
    table = build_table(DEFAULT_PARAMETERS)
    detail = {(a, r, s, p): Tally.of(rng.randrange(KEY_SPACE) for _ in range(rng.choice([0, 2, 4, 7, 15, 30, 60])))
              for a in ANSWERS for r in REGIONS for s in SEXES for p in PERIODS}
    published = protected_table(f"indicator_{i}", "bench", ["answer", "region", "sex", "period"],
                                [ANSWERS, REGIONS, SEXES, PERIODS], detail, table, 10)
    labels = TableLabels(
        title=f"Indicator {i}: perceived safety of women, by region and sex",
        form_title="Benchmark survey",
        dimension_titles={"answer": "Answer", "region": "Region", "sex": "Sex", "period": "Period"},
        value_labels={"answer": {a: a.replace("_", " ").capitalize() for a in ANSWERS},
                      "region": {r: r.capitalize() for r in REGIONS}, "sex": {"female": "Female", "male": "Male"},
                      "period": {}},
    )
    return ReportSection(published, labels)


def bench_report() -> float:
    rng = random.Random(1)
    sections = [_section(i, rng) for i in range(20)]
    report = ReportInput(language="en", generated="2026-12-01", period="", sections=sections, thresholds=[10],
                         coverage=CoverageSummary(devices=3, devices_reporting=3, bundles=6, missing_bundles=0,
                                                  devices_with_gaps=0, first_day="2026-10-01", last_day="2026-11-30"))
    build_report(report)  # warm-up: font loading is paid once per process
    start = time.perf_counter()
    data = build_report(report)
    seconds = time.perf_counter() - start
    print(f"report size: {len(data)} bytes")
    return seconds


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        release_s = bench_release(Path(tmp))
    report_s = bench_report()
    print(f"bench: release_s {release_s:.2f} (target < 3) {'PASS' if release_s < 3 else 'FAIL'}")
    print(f"bench: report_s {report_s:.2f} (target < 3) {'PASS' if report_s < 3 else 'FAIL'}")


if __name__ == "__main__":
    main()
