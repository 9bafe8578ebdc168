"""End to end with two homes: kit, enroll, approve, records, export, import, receipt."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from napsurvey.bundle import sealed, store
from napsurvey.bundle.keys import age_identity, age_recipient
from napsurvey.errors import ErrorCode, NapError
from napsurvey.services import enrollment, sync_export, sync_import
from napsurvey.vault.repo.outcomes import add_outcome
from tests.bundle.homes import TODAY, Homes, add_records, dump_sync_tables, expected_counts, make_homes, stored_counts


@pytest.fixture
def homes(tmp_path: Path) -> Iterator[Homes]:
    h = make_homes(tmp_path)
    yield h
    h.close()


def test_coordinator_counts_equal_an_independent_count(homes: Homes, tmp_path: Path) -> None:
    rows = add_records(homes.monitor, 300, seed=7)
    add_outcome(homes.monitor.vault, "mini_survey", "2026.1", "2026-11", "refused", 4)
    first = sync_export.export_bundle(homes.monitor, tmp_path, today=TODAY)
    assert first.sequence == 1 and first.records == 300
    report = sync_import.import_bundles(homes.coordinator, [first.path], today=TODAY)
    assert report.ok and report.outcomes[0].status == "imported"
    assert stored_counts(homes.coordinator) == expected_counts(rows)
    den = homes.coordinator.vault.connection.execute(
        "SELECT sum(interviews), sum(refused) FROM sync_denominators").fetchone()
    assert tuple(den) == (300, 4)


def test_exports_are_deltas_each_record_counted_once(homes: Homes, tmp_path: Path) -> None:
    rows1 = add_records(homes.monitor, 50, seed=1)
    b1 = sync_export.export_bundle(homes.monitor, tmp_path, today=TODAY)
    with pytest.raises(NapError) as info:
        sync_export.export_bundle(homes.monitor, tmp_path, today=TODAY)
    assert info.value.code is ErrorCode.BUNDLE_NOTHING_TO_EXPORT
    rows2 = add_records(homes.monitor, 70, seed=2)
    b2 = sync_export.export_bundle(homes.monitor, tmp_path, today=TODAY)
    assert (b1.sequence, b2.sequence, b2.records) == (1, 2, 70)
    report = sync_import.import_bundles(homes.coordinator, [b2.path, b1.path], today=TODAY)  # any order
    assert report.ok and report.gaps == []
    assert stored_counts(homes.coordinator) == expected_counts(rows1 + rows2)


def test_gap_is_reported(homes: Homes, tmp_path: Path) -> None:
    add_records(homes.monitor, 5, seed=1)
    sync_export.export_bundle(homes.monitor, tmp_path / "lost.dat", today=TODAY)
    add_records(homes.monitor, 5, seed=2)
    b2 = sync_export.export_bundle(homes.monitor, tmp_path, today=TODAY)
    report = sync_import.import_bundles(homes.coordinator, [b2.path], today=TODAY)
    assert report.gaps == [f"device {homes.monitor.fingerprint}: bundle 1 missing"]


def test_duplicate_is_ok_and_changes_nothing(homes: Homes, tmp_path: Path) -> None:
    add_records(homes.monitor, 20)
    b = sync_export.export_bundle(homes.monitor, tmp_path, today=TODAY)
    sync_import.import_bundles(homes.coordinator, [b.path], today="2026-11-24")
    before = dump_sync_tables(homes.coordinator)
    report = sync_import.import_bundles(homes.coordinator, [b.path], today="2026-11-30")
    out = report.outcomes[0]
    assert report.ok and out.status == "duplicate" and out.code is ErrorCode.BUNDLE_REPLAYED
    assert "2026-11-24" in out.message
    assert dump_sync_tables(homes.coordinator) == before


def test_export_again_recreates_same_content(homes: Homes, tmp_path: Path) -> None:
    rows = add_records(homes.monitor, 40)
    b = sync_export.export_bundle(homes.monitor, tmp_path / "first.dat", today=TODAY)
    again = sync_export.export_again(homes.monitor, b.bundle_id, tmp_path / "again.dat", today="2026-12-01")
    assert again.sequence == b.sequence and again.records == 40
    assert again.path.read_bytes() != b.path.read_bytes()  # age is randomized
    report = sync_import.import_bundles(homes.coordinator, [again.path, b.path], today=TODAY)
    assert [o.status for o in report.outcomes] == ["imported", "duplicate"]
    assert stored_counts(homes.coordinator) == expected_counts(rows)


def test_export_again_unknown_id(homes: Homes, tmp_path: Path) -> None:
    with pytest.raises(NapError) as info:
        sync_export.export_again(homes.monitor, "f" * 32, tmp_path / "x.dat", today=TODAY)
    assert info.value.code is ErrorCode.BUNDLE_UNKNOWN_ID


def test_monitor_home_cannot_open_its_own_bundle(homes: Homes, tmp_path: Path) -> None:
    add_records(homes.monitor, 10)
    b = sync_export.export_bundle(homes.monitor, tmp_path, today=TODAY)
    from napsurvey.bundle.envelope import open_sealed
    from napsurvey.bundle.keys import age_identity, age_recipient

    with pytest.raises(NapError) as info:
        open_sealed(b.path.read_bytes(), [age_identity(bytes(homes.monitor.vault.box_private_key()))],
                    {homes.monitor.fingerprint: homes.monitor.vault.signing_public_key}.get,
                    own_recipient=age_recipient(homes.monitor.vault.box_public_key))
    assert info.value.code is ErrorCode.BUNDLE_NOT_FOR_US


def test_disk_full_writes_nothing_and_the_next_export_writes_that_same_bundle(homes: Homes, tmp_path: Path) -> None:
    add_records(homes.monitor, 10)

    def full_disk(path: Path, data: bytes) -> str:
        raise NapError(ErrorCode.DISK_FULL, path=path.name)

    target = tmp_path / "stick.dat"
    with pytest.raises(NapError) as info:
        sync_export.export_bundle(homes.monitor, target, today=TODAY, write=full_disk)
    assert info.value.code is ErrorCode.DISK_FULL
    assert not target.exists()
    conn = homes.monitor.vault.connection
    # Recorded before the file existed, not written: it is the one the next export writes, unchanged.
    [pending] = store.sent_bundles(conn)
    assert pending.written_day is None
    again = sync_export.export_bundle(homes.monitor, tmp_path, today=TODAY)
    assert (again.sequence, again.bundle_id, again.reissued, again.records) == (1, pending.bundle_id, True, 10)


def test_real_enospc_is_disk_full(homes: Homes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import os

    add_records(homes.monitor, 10)

    def no_space(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", no_space)
    with pytest.raises(NapError) as info:
        sync_export.export_bundle(homes.monitor, tmp_path / "b.dat", today=TODAY)
    monkeypatch.undo()
    assert info.value.code is ErrorCode.DISK_FULL
    assert list(tmp_path.glob("*.dat")) == [] and list(tmp_path.glob(".*part")) == []
    [pending] = store.sent_bundles(homes.monitor.vault.connection)
    assert pending.written_day is None


def test_read_back_mismatch_is_refused(homes: Homes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    add_records(homes.monitor, 10)
    real_read = Path.read_bytes

    def bad_stick(self: Path) -> bytes:
        data = real_read(self)
        return data[:-1] + bytes([data[-1] ^ 1])

    monkeypatch.setattr(Path, "read_bytes", bad_stick)
    with pytest.raises(NapError) as info:
        sync_export.export_bundle(homes.monitor, tmp_path / "b.dat", today=TODAY)
    monkeypatch.undo()
    assert info.value.code is ErrorCode.BUNDLE_VERIFY_FAILED
    assert not (tmp_path / "b.dat").exists()
    [pending] = store.sent_bundles(homes.monitor.vault.connection)
    assert pending.written_day is None
    assert sync_export.export_bundle(homes.monitor, tmp_path / "c.dat", today=TODAY).bundle_id == pending.bundle_id


def test_receipt_acknowledges_and_allows_purge(homes: Homes, tmp_path: Path) -> None:
    add_records(homes.monitor, 30)
    b = sync_export.export_bundle(homes.monitor, tmp_path, today="2026-11-01")
    add_records(homes.monitor, 5, seed=9)  # not exported: never purged
    assert homes.monitor.purge_expired(date(2027, 6, 1)) == 0  # not acknowledged yet
    sync_import.import_bundles(homes.coordinator, [b.path], today=TODAY)
    receipt = sync_import.write_receipt(homes.coordinator, today=TODAY)
    accepted = sync_export.accept_receipt(homes.monitor, receipt, path="r", today=TODAY)
    assert (accepted.bundles, accepted.records) == (1, 30)
    assert homes.monitor.purge_expired(date(2026, 11, 20)) == 0  # retention 30 days not reached
    assert homes.monitor.purge_expired(date(2026, 12, 1)) == 30
    assert homes.monitor.vault.connection.execute("SELECT count(*) FROM records").fetchone()[0] == 5


def test_receipt_from_another_coordinator_is_refused(homes: Homes, tmp_path: Path) -> None:
    other = make_homes(tmp_path / "other")
    try:
        add_records(other.monitor, 3)
        b = sync_export.export_bundle(other.monitor, tmp_path, today=TODAY)
        sync_import.import_bundles(other.coordinator, [b.path], today=TODAY)
        receipt = sync_import.write_receipt(other.coordinator, today=TODAY)
        identity = age_identity(bytes(other.monitor.vault.box_private_key()))
        document = sealed.open_with_identity(receipt, [identity], path="r", not_for_us=ErrorCode.RECEIPT_NOT_FOR_US,
                                             bad=ErrorCode.RECEIPT_BAD)
    finally:
        other.close()
    # Sealed to the other coordinator's device: this device cannot even open it.
    with pytest.raises(NapError) as info:
        sync_export.accept_receipt(homes.monitor, receipt, path="r", today=TODAY)
    assert info.value.code is ErrorCode.RECEIPT_NOT_FOR_US
    # The same receipt sealed to this device: it opens, and its signature is not this device's coordinator's.
    resealed = sealed.seal_to(document, [age_recipient(homes.monitor.vault.box_public_key)])
    with pytest.raises(NapError) as info:
        sync_export.accept_receipt(homes.monitor, resealed, path="r", today=TODAY)
    assert info.value.code is ErrorCode.RECEIPT_BAD_SIGNATURE


def test_roles_are_enforced(homes: Homes, tmp_path: Path) -> None:
    with pytest.raises(NapError) as info:
        sync_export.export_bundle(homes.coordinator, tmp_path, today=TODAY)
    assert info.value.code is ErrorCode.VAULT_ROLE
    with pytest.raises(NapError) as info:
        enrollment.enroll(homes.coordinator, homes.kit, path="k", today=TODAY)
    assert info.value.code is ErrorCode.VAULT_ROLE


def test_records_of_forms_not_in_a_kit_stay_behind(homes: Homes, tmp_path: Path) -> None:
    """A shipped form the coordinator never put in a kit must not make bundles unimportable."""
    from napsurvey.vault.repo.records import NewRecord, insert_records

    insert_records(homes.monitor.vault, [NewRecord("other_form", "1", "2026-11", {"x": "y"})])
    with pytest.raises(NapError) as info:
        sync_export.export_bundle(homes.monitor, tmp_path, today=TODAY)
    assert info.value.code is ErrorCode.BUNDLE_NOTHING_TO_EXPORT
    add_records(homes.monitor, 5)
    b = sync_export.export_bundle(homes.monitor, tmp_path, today=TODAY)
    assert b.records == 5
    assert sync_import.import_bundles(homes.coordinator, [b.path], today=TODAY).ok


def test_exported_file_reveals_nothing_in_the_clear(homes: Homes, tmp_path: Path) -> None:
    add_records(homes.monitor, 30)
    b = sync_export.export_bundle(homes.monitor, tmp_path, today=TODAY)
    data = b.path.read_bytes()
    assert b.path.name.startswith("notes-") and "mini" not in b.path.name
    fp = homes.monitor.fingerprint
    for needle in ("mini_survey", "safe_by_region", "services", "north", "__declined__", "2026-1", fp,
                   fp.replace("-", ""), "Team North", "napsurvey", "NAPSB1", '"count"', "interviews"):
        assert needle.encode() not in data, needle
        assert needle.encode("utf-16-le") not in data, needle
