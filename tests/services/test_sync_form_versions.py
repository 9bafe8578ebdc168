"""Import accepts a form version from any kit the coordinator issued, and no other."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from napsurvey.bundle.build import make_body
from napsurvey.bundle.envelope import seal
from napsurvey.bundle.formats import AggregateTable, Cell, Denominators, Tables
from napsurvey.bundle.keys import age_recipient
from napsurvey.errors import ErrorCode
from napsurvey.services import enrollment, sync_export, sync_import
from napsurvey.vault.repo.records import NewRecord, insert_records
from tests.bundle.homes import MINI_FORM, TODAY, Homes, add_records, dump_sync_tables, enroll_document, make_homes

MINI_FORM_V2 = MINI_FORM.replace('version: "2026.1"', 'version: "2026.2"')


@pytest.fixture
def homes(tmp_path: Path) -> Iterator[Homes]:
    h = make_homes(tmp_path)
    yield h
    h.close()


def _crafted(homes: Homes, out: Path, form_id: str, version: str) -> Path:
    """A bundle 1 validly signed by the approved device, counting one form version."""
    recipient = age_recipient(homes.coordinator.vault.box_public_key)
    tables = Tables(
        aggregates=[AggregateTable(form_id=form_id, form_versions=[version], indicator="services_used",
                                   question="services", dimensions=[], period="month",
                                   cells=[Cell(key=["health", "2026-11"], count=4, key_sum=12345)])],
        denominators=[Denominators(form_id=form_id, form_versions=[version], period="2026-11", interviews=4, key_sum=54321)],
    )
    body = make_body(tables, bundle_id="a" * 32, device_id=homes.monitor.fingerprint, sequence=1,
                     created_day=TODAY, prev_hash="", recipients=[recipient])
    out.write_bytes(seal(body, bytes(homes.monitor.vault.signing_key()), [recipient]))
    return out


def test_late_bundle_of_an_earlier_kit_still_imports(homes: Homes, tmp_path: Path) -> None:
    """The coordinator moved on to version 2026.2; a monitor weeks late still sends 2026.1 counts."""
    add_records(homes.monitor, 12, seed=5)
    late = sync_export.export_bundle(homes.monitor, tmp_path, today=TODAY)
    enrollment.create_kit(homes.coordinator, form_texts=[MINI_FORM_V2], today=TODAY)
    report = sync_import.import_bundles(homes.coordinator, [late.path], today=TODAY)
    assert report.ok and report.outcomes[0].status == "imported"
    versions = {r[0] for r in homes.coordinator.vault.connection.execute("SELECT form_version FROM sync_denominators")}
    assert versions == {"2026.1"}


def test_records_keep_their_version_across_a_kit_update(homes: Homes, tmp_path: Path) -> None:
    """After enrolling the new kit, records made with the old version are still exported and imported."""
    add_records(homes.monitor, 6, seed=1)
    kit2 = enrollment.create_kit(homes.coordinator, form_texts=[MINI_FORM_V2], today=TODAY)
    enroll_document(homes.coordinator, homes.monitor, kit2, path="kit2")
    insert_records(homes.monitor.vault, [NewRecord("mini_survey", "2026.2", "2026-11", {"consent": "yes", "safe": "no"})])
    bundle = sync_export.export_bundle(homes.monitor, tmp_path, today=TODAY)
    assert bundle.records == 7
    assert sync_import.import_bundles(homes.coordinator, [bundle.path], today=TODAY).ok
    rows = homes.coordinator.vault.connection.execute(
        "SELECT form_version, sum(interviews) FROM sync_denominators GROUP BY form_version ORDER BY form_version")
    assert [tuple(r) for r in rows] == [("2026.1", 6), ("2026.2", 1)]


@pytest.mark.parametrize(
    ("form_id", "version"),
    [("mini_survey", "2026.3"), ("other_form", "2026.1"), ("mini_survey", "2026.2")],
    ids=["version never issued", "form never issued", "version of a kit not yet made"],
)
def test_form_version_never_issued_is_refused(homes: Homes, tmp_path: Path, form_id: str, version: str) -> None:
    path = _crafted(homes, tmp_path / "b.dat", form_id, version)
    before = dump_sync_tables(homes.coordinator)
    out = sync_import.import_bundles(homes.coordinator, [path], today=TODAY).outcomes[0]
    assert out.status == "refused" and out.code is ErrorCode.BUNDLE_FORM_VERSION
    assert dump_sync_tables(homes.coordinator) == before
    # The same counts under an issued version are accepted: the refusal was about the version alone.
    assert sync_import.import_bundles(homes.coordinator, [_crafted(homes, tmp_path / "ok.dat", "mini_survey", "2026.1")],
                               today=TODAY).ok
