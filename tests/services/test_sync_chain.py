"""Each bundle names its predecessor's hash; import checks the link from whichever side arrives second."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from napsurvey.bundle import store
from napsurvey.bundle.build import make_body
from napsurvey.bundle.envelope import seal
from napsurvey.bundle.formats import AggregateTable, Cell, Denominators, Tables
from napsurvey.bundle.keys import age_recipient
from napsurvey.errors import ErrorCode
from napsurvey.services import sync_export, sync_import
from tests.bundle.homes import TODAY, Homes, add_records, dump_sync_tables, make_homes


@pytest.fixture
def homes(tmp_path: Path) -> Iterator[Homes]:
    h = make_homes(tmp_path)
    yield h
    h.close()


def _export(homes: Homes, folder: Path, n: int, seed: int) -> sync_export.ExportResult:
    add_records(homes.monitor, n, seed=seed)
    return sync_export.export_bundle(homes.monitor, folder, today=TODAY)


def _forged(homes: Homes, out: Path, *, sequence: int, prev_hash: str, count: int = 3) -> Path:
    """A bundle validly signed by the approved device whose history does not match what it sent."""
    recipient = age_recipient(homes.coordinator.vault.box_public_key)
    tables = Tables(
        aggregates=[AggregateTable(form_id="mini_survey", form_versions=["2026.1"], indicator="services_used",
                                   question="services", dimensions=[], period="month",
                                   cells=[Cell(key=["health", "2026-11"], count=count, key_sum=12345)])],
        denominators=[Denominators(form_id="mini_survey", form_versions=["2026.1"], period="2026-11",
                                   interviews=count, key_sum=54321)],
    )
    body = make_body(tables, bundle_id=f"{sequence:x}".rjust(32, "f"), device_id=homes.monitor.fingerprint,
                     sequence=sequence, created_day=TODAY, prev_hash=prev_hash, recipients=[recipient])
    out.write_bytes(seal(body, bytes(homes.monitor.vault.signing_key()), [recipient]))
    return out


def _import_one(homes: Homes, path: Path) -> sync_import.ImportOutcome:
    return sync_import.import_bundles(homes.coordinator, [path], today=TODAY).outcomes[0]


def _assert_forked_and_nothing_changed(homes: Homes, path: Path, *, later: int, earlier: int) -> None:
    before = dump_sync_tables(homes.coordinator)
    out = _import_one(homes, path)
    assert out.status == "refused" and out.code is ErrorCode.BUNDLE_FORKED
    assert f"bundle {later} does not follow bundle {earlier}" in out.message and homes.monitor.fingerprint in out.message
    assert dump_sync_tables(homes.coordinator) == before


def test_bundles_in_order_link_and_store_their_predecessor(homes: Homes, tmp_path: Path) -> None:
    b1, b2, b3 = (_export(homes, tmp_path, 5, seed) for seed in (1, 2, 3))
    report = sync_import.import_bundles(homes.coordinator, [b1.path, b2.path, b3.path], today=TODAY)
    assert report.ok and [o.status for o in report.outcomes] == ["imported"] * 3
    imported = store.imported_bundles(homes.coordinator.vault.connection)
    sent = store.sent_bundles(homes.monitor.vault.connection)
    assert [b.content_hash for b in imported] == [b.content_hash for b in sent]
    assert [b.prev_hash for b in imported] == ["", sent[0].content_hash, sent[1].content_hash]


def test_next_bundle_with_another_predecessor_is_forked(homes: Homes, tmp_path: Path) -> None:
    b1 = _export(homes, tmp_path, 5, 1)
    assert _import_one(homes, b1.path).status == "imported"
    forged = _forged(homes, tmp_path / "forged.dat", sequence=2, prev_hash="ab" * 32)
    _assert_forked_and_nothing_changed(homes, forged, later=2, earlier=1)
    # The genuine bundle 2 still imports afterwards.
    b2 = _export(homes, tmp_path, 5, 2)
    assert _import_one(homes, b2.path).status == "imported"


def test_late_predecessor_is_accepted_when_it_links(homes: Homes, tmp_path: Path) -> None:
    b1, b2, b3 = (_export(homes, tmp_path, 5, seed) for seed in (1, 2, 3))
    report = sync_import.import_bundles(homes.coordinator, [b3.path], today=TODAY)
    assert report.ok and report.gaps == [f"device {homes.monitor.fingerprint}: bundle {n} missing" for n in (1, 2)]
    report = sync_import.import_bundles(homes.coordinator, [b2.path, b1.path], today=TODAY)
    assert report.ok and [o.status for o in report.outcomes] == ["imported", "imported"] and report.gaps == []


def test_late_predecessor_that_does_not_link_is_forked(homes: Homes, tmp_path: Path) -> None:
    _export(homes, tmp_path, 5, 1)  # the real bundle 1 stays on the stick
    b2 = _export(homes, tmp_path, 5, 2)
    assert _import_one(homes, b2.path).status == "imported"
    forged = _forged(homes, tmp_path / "forged1.dat", sequence=1, prev_hash="")
    _assert_forked_and_nothing_changed(homes, forged, later=2, earlier=1)


def test_late_middle_bundle_is_checked_on_both_sides(homes: Homes, tmp_path: Path) -> None:
    b1 = _export(homes, tmp_path, 5, 1)
    _export(homes, tmp_path, 5, 2)  # genuine bundle 2, not brought
    b3 = _export(homes, tmp_path, 5, 3)
    assert sync_import.import_bundles(homes.coordinator, [b1.path, b3.path], today=TODAY).ok
    first_hash = store.sent_bundles(homes.monitor.vault.connection)[0].content_hash
    links_back = _forged(homes, tmp_path / "f2a.dat", sequence=2, prev_hash=first_hash)
    _assert_forked_and_nothing_changed(homes, links_back, later=3, earlier=2)
    links_nowhere = _forged(homes, tmp_path / "f2b.dat", sequence=2, prev_hash="cd" * 32)
    _assert_forked_and_nothing_changed(homes, links_nowhere, later=2, earlier=1)


def test_first_bundle_naming_a_predecessor_is_forked(homes: Homes, tmp_path: Path) -> None:
    forged = _forged(homes, tmp_path / "first.dat", sequence=1, prev_hash="ef" * 32)
    _assert_forked_and_nothing_changed(homes, forged, later=1, earlier=0)


@pytest.mark.parametrize("order", ["again first", "next first"])
def test_recreated_bundle_still_links(homes: Homes, tmp_path: Path, order: str) -> None:
    b1 = _export(homes, tmp_path, 5, 1)
    b2 = _export(homes, tmp_path, 5, 2)
    b1.path.unlink()  # the stick with bundle 1 was lost
    again = sync_export.export_again(homes.monitor, b1.bundle_id, tmp_path / "again.dat", today=TODAY)
    assert again.sequence == 1 and again.bundle_id == b1.bundle_id
    paths = [again.path, b2.path] if order == "again first" else [b2.path, again.path]
    report = sync_import.import_bundles(homes.coordinator, paths, today=TODAY)
    assert report.ok and [o.status for o in report.outcomes] == ["imported", "imported"] and report.gaps == []


def test_link_of_bundles_imported_before_it_was_recorded_is_not_checked(homes: Homes, tmp_path: Path) -> None:
    """Vaults upgraded from a version that did not store prev_hash keep importing late bundles."""
    _export(homes, tmp_path, 5, 1)
    b2 = _export(homes, tmp_path, 5, 2)
    assert _import_one(homes, b2.path).status == "imported"
    with homes.coordinator.vault.transaction() as conn:
        conn.execute("UPDATE sync_bundles SET prev_hash = NULL")
    forged = _forged(homes, tmp_path / "old.dat", sequence=1, prev_hash="")
    assert _import_one(homes, forged).status == "imported"

