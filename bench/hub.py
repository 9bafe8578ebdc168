"""Benchmark: a hub imports 50 members x 8 quarters of releases, then makes the regional report.

Prints, last:
    bench: hub_import_s <s> (target < 10) PASS|FAIL
    bench: hub_report_s <s> (target < 10) PASS|FAIL
    bench: hub_import_ratio <r> (information: the import against decrypting and parsing the same files alone)

Each member sends one upward bundle per quarter holding its releases of the
quarter: two quarterly questionnaires shaped like the shipped community
safety survey and incident form (eight indicators each, an answer by two
breakdowns with every margin), and the two yearly ones in the fourth
quarter. The import runs the whole path (container, age, signature, schema,
chain, one transaction per bundle); the report builds every regional table
and writes the PDF.
"""

from __future__ import annotations

import itertools
import os
import random
import tempfile
import time
from pathlib import Path

os.environ.setdefault("NAPSURVEY_TEST_FAST_KDF", "1")  # the KDF is not what we measure here

import pyrage

from napsurvey.bundle import store
from napsurvey.bundle.build import new_bundle_id
from napsurvey.bundle.canonical import sha256_hex
from napsurvey.bundle.envelope import body_bytes, seal
from napsurvey.bundle.keys import age_identity, age_recipient
from napsurvey.bundle.upward import (
    UPWARD_BUNDLE,
    Protection,
    Release,
    ReleasedTable,
    UpwardBody,
    make_upward_body,
)
from napsurvey.services import hub_import
from napsurvey.services.session import Session
from napsurvey.vault.store import Vault

PASS = "bench passphrase 42"
DAY = "2027-02-10"
MEMBERS = 50
QUARTERS = [f"{y}-Q{q}" for y in (2025, 2026) for q in (1, 2, 3, 4)]
TABLE_ID = "0" * 64
ANSWERS = ("yes", "no", "dk", "__declined__")
BY1 = ("r1", "r2", "r3", "r4", "r5")
BY2 = ("f", "m")
TARGET_S = 10.0


def _indicator(rng: random.Random, name: str, scale: int) -> ReleasedTable:
    keys: list[list[str | None]] = []
    values: list[int | None] = []
    for key in itertools.product((*ANSWERS, None), (*BY1, None), (*BY2, None)):
        width = sum(k is None for k in key)
        value = rng.randint(0, scale * (2 ** width))
        keys.append(list(key))
        values.append(value if value >= 10 else None)
    return ReleasedTable(indicator=name, dimensions=["answer", "region", "sex"], keys=keys, values=values)


def _release(rng: random.Random, form_id: str, period: str) -> Release:
    return Release(form_id=form_id, form_versions=["2026.1"], sensitivity="normal", period=period, edition=1,
                   released_day=DAY,
                   protection=Protection(method="cell-key", max_deviation=5, threshold=10, table_id=TABLE_ID),
                   interviews=rng.randint(200, 600),
                   tables=[_indicator(rng, f"{form_id}_{i}", 12) for i in range(8)])


def _releases(rng: random.Random, quarter: str) -> list[Release]:
    out = [_release(rng, "community_safety", quarter), _release(rng, "crsv_incident", quarter)]
    if quarter.endswith("Q4"):
        out += [_release(rng, "nap_key_informant", quarter[:4]), _release(rng, "security_sector_audit", quarter[:4])]
    return out


def _session(home: Path, role: str) -> Session:
    return Session(home, Vault.create(home, role, PASS)[0])


def make_bundles(root: Path, hub: Session) -> list[Path]:
    """Every member's eight upward bundles, sealed to the hub; the members approved at the hub."""
    rng = random.Random(16)
    recipient = age_recipient(hub.vault.box_public_key)
    paths: list[Path] = []
    for m in range(MEMBERS):
        member = _session(root / f"member{m}", "coordinator")
        with hub.vault.transaction() as conn:
            store.approve_device(conn, store.Device(member.fingerprint, member.vault.signing_public_key,
                                                    member.vault.box_public_key, f"Member {m + 1}", DAY))
        prev = ""
        for seq, quarter in enumerate(QUARTERS, start=1):
            body = make_upward_body(_releases(rng, quarter), bundle_id=new_bundle_id(), device_id=member.fingerprint,
                                    sequence=seq, created_day=DAY, prev_hash=prev, recipients=[recipient])
            prev = sha256_hex(body_bytes(body))
            path = root / "stick" / f"m{m:02d}-{seq}.dat"
            path.write_bytes(seal(body, bytes(member.vault.signing_key()), [recipient], kind=UPWARD_BUNDLE))
            paths.append(path)
        member.lock()
    return paths


def baseline(hub: Session, paths: list[Path]) -> float:
    """Decrypting and parsing the same files, and nothing else."""
    identity = age_identity(bytes(hub.vault.box_private_key()))
    t0 = time.perf_counter()
    for path in paths:
        frame = pyrage.decrypt(path.read_bytes()[:-40], [identity])
        UpwardBody.model_validate_json(frame[12:-64])
    return time.perf_counter() - t0


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "stick").mkdir()
        hub = _session(root / "hub", "hub")
        try:
            paths = make_bundles(root, hub)
            raw = baseline(hub, paths)
            t0 = time.perf_counter()
            report = hub_import.import_member_bundles(hub, paths, today=DAY)
            imported = time.perf_counter() - t0
            assert report.ok and all(o.status == "imported" for o in report.outcomes), report.outcomes[:3]
            print(f"import: {len(paths)} bundles in {imported:.2f} s; decrypt and parse alone {raw:.2f} s")
            t0 = time.perf_counter()
            from napsurvey.services import hub_outputs  # noqa: PLC0415  (reportlab loads only for the report)

            done = hub_outputs.write_regional_report(hub, root / "regional.pdf", today=DAY)
            made = time.perf_counter() - t0
            print(f"report: {done.sections} indicator(s), {done.tables} regional table(s), {done.size // 1024} KB in {made:.2f} s")
        finally:
            hub.lock()
    print(f"bench: hub_import_s {imported:.2f} (target < {TARGET_S:.0f}) {'PASS' if imported < TARGET_S else 'FAIL'}")
    print(f"bench: hub_report_s {made:.2f} (target < {TARGET_S:.0f}) {'PASS' if made < TARGET_S else 'FAIL'}")
    print(f"bench: hub_import_ratio {imported / raw:.2f} (information: against decrypting and parsing alone)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
