"""A coordinator vault holding imported counts for the outputs tests, the GUI tests and the bench.

The counts are generated directly as imported bundle cells (what the sync
import stores), so the tests exercise assembling, protection and writing
without running monitors.
"""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

from napsurvey.bundle import store
from napsurvey.bundle.aggregate import period_of
from napsurvey.bundle.formats import (
    AggregateTable,
    BundleBody,
    Cell,
    Denominators,
    Manifest,
    ReferralService,
    StudyProtocol,
    Tables,
)
from napsurvey.forms.model import Form
from napsurvey.paths import shipped_forms_dir
from napsurvey.services import enrollment
from napsurvey.services.session import Session
from napsurvey.tables.labels import question_domain
from napsurvey.vault.form_text import parse_form_text
from napsurvey.vault.store import Vault

PASSPHRASE = "correct horse 42"
TODAY = "2026-12-02"
MONTHS = ("2026-07", "2026-08", "2026-09", "2026-10", "2026-11")
DEVICES = ("AAAA-BBBB-0001", "AAAA-BBBB-0002", "AAAA-BBBB-0003")


def shipped_texts() -> list[str]:
    return [p.read_text("utf-8") for p in sorted(shipped_forms_dir().glob("*.yaml"))]


def make_coordinator(root: Path, texts: list[str] | None = None, *, threshold: int | None = None) -> Session:
    """A coordinator session with a kit of ``texts`` (default: the shipped forms) and three approved devices."""
    vault, _ = Vault.create(root / "coordinator", "coordinator", PASSPHRASE)
    session = Session(root / "coordinator", vault)
    referrals = {"north_1": [ReferralService(name="Clinic", kind="medical")]}
    protocol = StudyProtocol(title="Study", reference="P-1", approved_by="Board", approved_day="2026-01-10")
    enrollment.create_kit(session, form_texts=texts or shipped_texts(), referrals=referrals, protocol=protocol,
                          threshold=threshold, today=TODAY)
    with vault.transaction() as conn:
        for i, device in enumerate(DEVICES):
            store.approve_device(conn, store.Device(device, bytes([i + 1]) * 32, bytes([i + 1]) * 32,
                                                    f"Team {i + 1}", TODAY))
    return session


def import_cells(session: Session, device: str, sequence: int, tables: list[AggregateTable],
                 denominators: list[Denominators]) -> None:
    """Store one bundle's counts as the import does."""
    bundle_id = hashlib.sha256(f"{device}/{sequence}".encode()).hexdigest()[:32]
    keyed = any(c.key_sum is not None for t in tables for c in t.cells)
    manifest = Manifest(format_version=2 if keyed else 1, bundle_id=bundle_id, device_id=device, sequence=sequence,
                        created_day=f"2026-11-{10 + sequence:02d}", periods=sorted({d.period for d in denominators}),
                        prev_hash="", recipients=["x"], recipient_fingerprint="0" * 64, tables_hash="0" * 64)
    body = BundleBody(manifest=manifest, tables=Tables(aggregates=tables, denominators=denominators))
    with session.vault.transaction() as conn:
        store.store_imported(conn, body, "1" * 64, TODAY)


def random_tables(form: Form, rng: random.Random, scale: int) -> tuple[list[AggregateTable], list[Denominators]]:
    """Random counts for every indicator of ``form`` over MONTHS (some small, so some cells are suppressed)."""
    tables = []
    for ind in form.indicators:
        options = [c.name for c in question_domain(form, ind.question)]
        by_values = [[c.name for c in question_domain(form, b)] or ["__absent__"] for b in ind.by]
        counts: dict[tuple[str, ...], int] = {}
        for month in MONTHS:
            for option in options:
                keys: list[tuple[str, ...]] = [(option,)]
                for values in by_values:
                    keys = [k + (v,) for k in keys for v in values]
                for k in keys:
                    full = k + (period_of(month, ind.period),)
                    if full in counts:
                        continue  # one draw per cell and bundle, so small counts stay small
                    n = rng.choice([0, 0, 1, 2, 3, 5, 8, scale, scale * 2, scale * 3])
                    counts[full] = n
        counts = {k: n for k, n in counts.items() if n}
        tables.append(AggregateTable(form_id=form.form_id, form_versions=[form.version], indicator=ind.name,
                                     question=ind.question, dimensions=list(ind.by), period=ind.period,
                                     cells=[Cell(key=list(k), count=n) for k, n in sorted(counts.items())]))
    dens = [Denominators(form_id=form.form_id, form_versions=[form.version], period=m,
                         interviews=rng.randint(3, 60 * scale)) for m in MONTHS]
    return tables, dens


def fill_with_shipped_data(session: Session, *, seed: int = 3, scale: int = 6) -> None:
    """Two bundles per device (device 3 misses its first) with counts for every shipped indicator."""
    rng = random.Random(seed)
    forms = [parse_form_text(t) for t in shipped_texts()]
    for device in DEVICES:
        for sequence in (1, 2):
            if device == DEVICES[2] and sequence == 1:
                continue  # a gap the coverage page must show
            tables: list[AggregateTable] = []
            dens: list[Denominators] = []
            for form in forms:
                t, d = random_tables(form, rng, scale)
                tables += t
                dens += d
            import_cells(session, device, sequence, tables, dens)


#: A day after every period of MONTHS has closed (the end of 2026 plus 30 days of grace).
RELEASE_DAY = "2027-03-01"


def release_all(session: Session, today: str = RELEASE_DAY) -> list[str]:
    """Release every period of every form that the imported counts cover; returns ``form period`` lines."""
    from napsurvey.errors import ErrorCode, NapError
    from napsurvey.privacy.publishability import release_kind
    from napsurvey.services import releases

    done = []
    for form in [parse_form_text(t) for t in shipped_texts()]:
        kind = release_kind(form)
        for period in sorted({period_of(m, kind) for m in MONTHS}):
            try:
                info = releases.release(session, form.form_id, period.replace("-", ""), today=today)
            except NapError as exc:
                if exc.code is not ErrorCode.RELEASE_NO_DATA:
                    raise
                continue
            done.append(f"{info.form_id} {info.period}")
    return done
