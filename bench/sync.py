"""Benchmark: export of a bundle from 100,000 records, import of 250 and 1,000 bundles.

Prints, last:
    bench: export_ratio <r> (target <= 3) PASS|FAIL
    bench: import_1000_s <s> (target < 10) PASS|FAIL
    bench: import_linearity <r> (target <= 1.5) PASS|FAIL   (per-bundle time 1000 vs 250)

The export ratio divides the full export (counting every indicator, sealing,
writing, fsync, read-back, marking 100,000 records) by one raw SQL GROUP BY
over the same rows in the same run.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from napsurvey.bundle.build import make_body
from napsurvey.bundle.canonical import sha256_hex
from napsurvey.bundle.envelope import body_bytes, seal
from napsurvey.bundle.formats import AggregateTable, Cell, Denominators, Tables
from napsurvey.bundle.keys import age_recipient
from napsurvey.services import enrollment, sync_export, sync_import
from napsurvey.services.session import Session
from napsurvey.vault.keyfile import FAST_FOR_TESTS
from napsurvey.vault.repo.records import NewRecord, insert_records
from napsurvey.vault.store import Vault

#: The KDF is not what is measured here: these throw-away vaults take the cheap parameters explicitly.
SCAFFOLD_KDF = FAST_FOR_TESTS

PASS = "bench passphrase 42"
DAY = "2026-11-23"
FORM = """\
settings:
  form_id: bench_survey
  form_title: Bench survey
  version: "1"
survey:
  - {type: select_one yes_no, name: consent, label: "Consent?"}
  - {type: select_one region, name: region, label: Region}
  - {type: select_one sex, name: sex, label: Sex}
  - {type: select_one yes_no_dk, name: safe, label: "Safe?"}
  - {type: select_multiple service, name: services, label: Services}
choices:
  yes_no: [{name: "yes", label: "Yes"}, {name: "no", label: "No"}]
  yes_no_dk: [{name: "yes", label: "Yes"}, {name: "no", label: "No"}, {name: dk, label: "Don't know"}]
  sex: [{name: f, label: F}, {name: m, label: M}]
  region: [{name: r1, label: R1}, {name: r2, label: R2}, {name: r3, label: R3}, {name: r4, label: R4}]
  service: [{name: health, label: Health}, {name: police, label: Police}, {name: legal, label: Legal}]
indicators:
  - {name: safe_by_region_sex, label: Safe, question: safe, by: [region, sex], period: quarter}
  - {name: services_used, label: Services, question: services, by: [region], period: month}
"""


def _records(n: int) -> list[NewRecord]:
    rng = random.Random(1)
    months = [f"2026-{m:02d}" for m in range(1, 13)]
    out = []
    for _ in range(n):
        data = {"consent": "yes", "region": rng.choice(["r1", "r2", "r3", "r4"]), "sex": rng.choice(["f", "m"]),
                "safe": rng.choice(["yes", "no", "dk", "__declined__"]),
                "services": sorted(rng.sample(["health", "police", "legal"], rng.randint(0, 3)))}
        out.append(NewRecord("bench_survey", "1", rng.choice(months), data))
    return out


def _verdict(name: str, value: float, target: str, ok: bool) -> str:
    return f"bench: {name} {value:.3f} (target {target}) {'PASS' if ok else 'FAIL'}"


def _session(home: Path, role: str) -> Session:
    return Session(home, Vault.create(home, role, PASS, kdf=SCAFFOLD_KDF)[0])


def bench_export(root: Path, n: int) -> float:
    coordinator = _session(root / "c", "coordinator")
    monitor = _session(root / "m", "monitor")
    try:
        kit = enrollment.seal_kit(coordinator, enrollment.create_kit(coordinator, form_texts=[FORM], today=DAY))
        enrollment.enroll(monitor, kit.data, path="kit", today=DAY, code=kit.code)
        insert_records(monitor.vault, _records(n))
        conn = monitor.vault.connection
        t0 = time.perf_counter()
        conn.execute(
            "SELECT json_extract(data, '$.safe'), json_extract(data, '$.region'), json_extract(data, '$.sex'), month, "
            "count(*) FROM records WHERE bundle_id IS NULL GROUP BY 1, 2, 3, 4"
        ).fetchall()
        raw = time.perf_counter() - t0
        t0 = time.perf_counter()
        result = sync_export.export_bundle(monitor, root, today=DAY)
        export = time.perf_counter() - t0
        assert result.records == n
        print(f"export: {n} records, raw GROUP BY {raw:.3f} s, export {export:.3f} s")
        return export / raw
    finally:
        coordinator.lock()
        monitor.lock()


def bench_import(root: Path, counts: list[int]) -> dict[int, float]:
    coordinator = _session(root / "ic", "coordinator")
    times: dict[int, float] = {}
    try:
        enrollment.create_kit(coordinator, form_texts=[FORM], today=DAY)
        recipient = age_recipient(coordinator.vault.box_public_key)
        for count in counts:
            device = _session(root / f"dev{count}", "monitor")
            card = enrollment.read_card(enrollment.device_card_document(device, today=DAY), "card")  # not sealed: scaffolding
            enrollment.approve_device(coordinator, card, today=DAY)
            folder = root / f"bundles{count}"
            folder.mkdir()
            paths = []
            prev = ""
            for seq in range(1, count + 1):
                tables = Tables(
                    aggregates=[AggregateTable(
                        form_id="bench_survey", form_versions=["1"], indicator="safe_by_region_sex",
                        question="safe", dimensions=["region", "sex"], period="quarter",
                        cells=[Cell(key=[a, r, s, "2026-Q4"], count=1 + (seq % 7), key_sum=(seq * 2654435761) % 2**32)
                               for a in ("yes", "no", "dk") for r in ("r1", "r2", "r3", "r4") for s in ("f", "m")])],
                    denominators=[Denominators(form_id="bench_survey", form_versions=["1"], period="2026-11",
                                               interviews=50, key_sum=seq)],
                )
                body = make_body(tables, bundle_id=f"{count:08x}{seq:024x}", device_id=device.fingerprint,
                                 sequence=seq, created_day=DAY, prev_hash=prev, recipients=[recipient])
                path = folder / f"b{seq}.dat"
                path.write_bytes(seal(body, bytes(device.vault.signing_key()), [recipient]))
                paths.append(path)
                prev = sha256_hex(body_bytes(body))  # import checks each bundle's link to the one before
            device.lock()
            t0 = time.perf_counter()
            report = sync_import.import_bundles(coordinator, paths, today=DAY)
            times[count] = time.perf_counter() - t0
            assert report.ok and all(o.status == "imported" for o in report.outcomes)
            print(f"import: {count} bundles in {times[count]:.3f} s ({1000 * times[count] / count:.2f} ms each)")
    finally:
        coordinator.lock()
    return times


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        ratio = bench_export(root, n)
        times = bench_import(root, [250, 1000])
    linear = (times[1000] / 1000) / (times[250] / 250)
    print(_verdict("export_ratio", ratio, "<= 3", ratio <= 3))
    print(_verdict("import_1000_s", times[1000], "< 10", times[1000] < 10))
    print(_verdict("import_linearity", linear, "<= 1.5", linear <= 1.5))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
