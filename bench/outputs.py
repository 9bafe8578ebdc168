"""Benchmark: the PDF report of 20 indicators with charts (target < 3 s).

Builds 20 published tables (answer x region x sex x quarter, protected at
threshold 10) and times ``build_report`` alone; ends with
``bench: report_s <seconds> (target < 3) PASS|FAIL``.
"""

from __future__ import annotations

import random
import time

from napsurvey.privacy.suppression import protect
from napsurvey.reports.document import build_report
from napsurvey.reports.model import CoverageSummary, ReportInput, ReportSection
from napsurvey.tables.labels import TableLabels

ANSWERS = ["very_safe", "fairly_safe", "fairly_unsafe", "very_unsafe", "dk"]
REGIONS = ["north", "south", "east", "west", "capital"]
SEXES = ["female", "male"]
PERIODS = ["2026-Q3", "2026-Q4"]


def _section(i: int, rng: random.Random) -> ReportSection:
    counts = {(a, r, s, p): rng.choice([0, 2, 4, 7, 15, 30, 60]) for a in ANSWERS for r in REGIONS for s in SEXES
              for p in PERIODS}
    table = protect(f"indicator_{i}", "bench", ["answer", "region", "sex", "period"], counts, 10)
    labels = TableLabels(
        title=f"Indicator {i}: perceived safety of women, by region and sex",
        form_title="Benchmark survey",
        dimension_titles={"answer": "Answer", "region": "Region", "sex": "Sex", "period": "Period"},
        value_labels={"answer": {a: a.replace("_", " ").capitalize() for a in ANSWERS},
                      "region": {r: r.capitalize() for r in REGIONS}, "sex": {"female": "Female", "male": "Male"},
                      "period": {}},
    )
    return ReportSection(table, labels)


def main() -> None:
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
    print(f"bench: report_s {seconds:.2f} (target < 3) {'PASS' if seconds < 3 else 'FAIL'}")


if __name__ == "__main__":
    main()
