"""A bundle whose age header was altered reads "tampered", not "made for another coordinator" (finding L5).

The outer trailer's hash is no key: whoever flips a bit in the header's
recipient stanza can recompute it, and age then finds "no matching keys",
which looked exactly like a bundle made for someone else. The container now
carries a marker only this coordinator can check ("made for you"), so such a
bundle is called tampered, while one truly made for another coordinator is
still called so.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path

import pytest

from napsurvey.bundle.build import make_body
from napsurvey.bundle.canonical import sha256
from napsurvey.bundle.envelope import TRAILER_SIZE, seal
from napsurvey.bundle.formats import AggregateTable, Cell, Denominators, Tables
from napsurvey.bundle.keys import age_recipient
from napsurvey.errors import ErrorCode
from napsurvey.services import sync_export, sync_import
from napsurvey.vault.store import Vault
from tests.bundle.homes import PASSPHRASE, TODAY, Homes, add_records, dump_sync_tables, make_homes


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Homes, Path, bytes]]:
    mp = pytest.MonkeyPatch()
    mp.setenv("NAPSURVEY_TEST_FAST_KDF", "1")
    root = tmp_path_factory.mktemp("hdr")
    homes = make_homes(root)
    add_records(homes.monitor, 20, seed=5)
    good = sync_export.export_bundle(homes.monitor, root / "b1.dat", today=TODAY).path.read_bytes()
    yield homes, root, good
    homes.close()
    mp.undo()


def _retrailed(data: bytes, offset: int) -> bytes:
    """Flip one bit at ``offset`` and rebuild the outer trailer, as anyone can (it is an unkeyed hash)."""
    bad = bytearray(data[:-TRAILER_SIZE])
    bad[offset] ^= 0x01
    (length,) = struct.unpack(">Q", data[-TRAILER_SIZE:-32])
    covered = bytes(bad)
    return covered + struct.pack(">Q", length) + sha256(covered)


def _import(homes: Homes, root: Path, data: bytes) -> ErrorCode | None:
    path = root / "x.dat"
    path.write_bytes(data)
    before = dump_sync_tables(homes.coordinator)
    out = sync_import.import_bundles(homes.coordinator, [path], today=TODAY).outcomes[0]
    assert dump_sync_tables(homes.coordinator) == before or out.status == "imported"
    return out.code


@pytest.mark.parametrize("where", ["stanza type", "ephemeral share", "wrapped file key"])
def test_a_flipped_bit_in_the_age_header_with_the_trailer_rebuilt_reads_tampered(
    world: tuple[Homes, Path, bytes], where: str
) -> None:
    homes, root, good = world
    stanza = good.index(b"-> X25519 ")
    body = good.index(b"\n", stanza) + 1
    offset = {"stanza type": stanza + 4, "ephemeral share": stanza + 14, "wrapped file key": body + 5}[where]
    assert _import(homes, root, _retrailed(good, offset)) is ErrorCode.BUNDLE_TAMPERED


def test_a_bundle_truly_made_for_another_coordinator_still_reads_so(world: tuple[Homes, Path, bytes], tmp_path: Path) -> None:
    homes, root, _ = world
    other, _ = Vault.create(tmp_path / "other", "coordinator", PASSPHRASE)
    with other:
        recipient = age_recipient(other.box_public_key)
        body = make_body(_any_tables(), bundle_id="e" * 32, device_id=homes.monitor.fingerprint, sequence=2,
                         created_day=TODAY, prev_hash="", recipients=[recipient])
        data = seal(body, bytes(homes.monitor.vault.signing_key()), [recipient], marker_for=other.box_public_key)
    assert _import(homes, root, data) is ErrorCode.BUNDLE_NOT_FOR_US


def test_a_garbled_marker_on_a_bundle_for_us_reads_tampered(world: tuple[Homes, Path, bytes]) -> None:
    homes, root, good = world
    (length,) = struct.unpack(">Q", good[-TRAILER_SIZE:-32])
    assert len(good) - TRAILER_SIZE - length == 64  # the marker sits between the age file and the trailer
    assert _import(homes, root, _retrailed(good, length + 40)) is ErrorCode.BUNDLE_TAMPERED


def test_the_good_bundle_imports(world: tuple[Homes, Path, bytes]) -> None:
    homes, root, good = world
    assert _import(homes, root, good) is None


def _any_tables() -> Tables:
    return Tables(
        aggregates=[AggregateTable(form_id="mini_survey", form_versions=["2026.1"], indicator="services_used",
                                   question="services", dimensions=[], period="month",
                                   cells=[Cell(key=["health", "2026-11"], count=3, key_sum=7)])],
        denominators=[Denominators(form_id="mini_survey", form_versions=["2026.1"], period="2026-11", interviews=3, key_sum=11)],
    )
