"""Every refusal of the coordinator's import has its own code, and changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from nacl.signing import SigningKey

from napsurvey.bundle.build import make_body
from napsurvey.bundle.envelope import TRAILER_SIZE, body_bytes, build_frame, encrypt_frame, seal, signature_message
from napsurvey.bundle.formats import AggregateTable, Cell, Denominators, Tables
from napsurvey.bundle.keys import age_recipient
from napsurvey.errors import ErrorCode
from napsurvey.services import sync_export, sync_import
from napsurvey.vault.store import Vault
from tests.bundle.homes import PASSPHRASE, TODAY, Homes, add_records, dump_sync_tables, make_homes


def _build_world(root: Path) -> tuple[Homes, Path, bytes]:
    """Homes with bundle 1 already imported; a good bundle 2 on disk (not imported)."""
    homes = make_homes(root)
    add_records(homes.monitor, 25, seed=3)
    b1 = sync_export.export_bundle(homes.monitor, root / "b1.dat", today=TODAY)
    assert sync_import.import_bundles(homes.coordinator, [b1.path], today=TODAY).ok
    add_records(homes.monitor, 25, seed=4)
    b2 = sync_export.export_bundle(homes.monitor, root / "b2.dat", today=TODAY)
    return homes, root, b2.path.read_bytes()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Homes, Path, bytes]]:
    """Shared by the refusal tests, which must leave it as it is (each checks the tables did not change)."""
    homes, root, good = _build_world(tmp_path_factory.mktemp("world"))
    yield homes, root, good
    homes.close()


@pytest.fixture
def own_world(tmp_path: Path) -> Iterator[tuple[Homes, Path, bytes]]:
    """A world of its own, for a test that imports (and so changes the coordinator)."""
    homes, root, good = _build_world(tmp_path)
    yield homes, root, good
    homes.close()


def _refused(homes: Homes, root: Path, data: bytes, name: str = "bad.dat") -> ErrorCode | None:
    path = root / name
    path.write_bytes(data)
    before = dump_sync_tables(homes.coordinator)
    report = sync_import.import_bundles(homes.coordinator, [path], today=TODAY)
    path.unlink()
    out = report.outcomes[0]
    assert not report.ok and out.status == "refused"
    assert "\n" not in out.message and out.message.startswith(str(path))
    assert dump_sync_tables(homes.coordinator) == before, "a refused bundle changed the coordinator's tables"
    return out.code


def _tables(form_id: str = "mini_survey", version: str = "2026.1", n: int = 3) -> Tables:
    return Tables(
        aggregates=[AggregateTable(form_id=form_id, form_versions=[version], indicator="services_used",
                                   question="services", dimensions=[], period="month",
                                   cells=[Cell(key=["health", "2026-11"], count=n, key_sum=12345)])],
        denominators=[Denominators(form_id=form_id, form_versions=[version], period="2026-11", interviews=n, key_sum=54321)],
    )


def _craft(homes: Homes, *, signing: bytes, sequence: int, tables: Tables | None = None, version: int = 2,
           device_id: str | None = None) -> bytes:
    recipient = age_recipient(homes.coordinator.vault.box_public_key)
    body = make_body(tables or _tables(), bundle_id=f"{sequence:032x}", device_id=device_id or homes.monitor.fingerprint,
                     sequence=sequence, created_day=TODAY, prev_hash="", recipients=[recipient])
    raw = body_bytes(body)
    sig = SigningKey(signing).sign(signature_message(raw, body.manifest.recipient_fingerprint, "")).signature
    return encrypt_frame(build_frame(raw, sig, version), [recipient])


def test_good_bundle_2_imports(own_world: tuple[Homes, Path, bytes]) -> None:
    """The bundle every refusal below is a mutation of is itself good: it imports, whole."""
    homes, root, good = own_world
    assert good.startswith(b"age-encryption.org/v1\n")
    path = root / "good.dat"
    path.write_bytes(good)
    before = dump_sync_tables(homes.coordinator)
    report = sync_import.import_bundles(homes.coordinator, [path], today=TODAY)
    assert report.ok and [(o.status, o.sequence) for o in report.outcomes] == [("imported", 2)]
    after = dump_sync_tables(homes.coordinator)
    assert len(after["sync_bundles"]) == len(before["sync_bundles"]) + 1
    assert len(after["sync_cells"]) > len(before["sync_cells"]) and report.gaps == []


@pytest.mark.parametrize("where", ["magic", "stanza", "mac", "payload start", "payload middle", "payload end", "trailer"])
def test_flipped_byte_is_tampered(world: tuple[Homes, Path, bytes], where: str) -> None:
    homes, root, good = world
    payload_start = good.index(b"\n", good.index(b"\n---")) + 1
    body_end = len(good) - TRAILER_SIZE
    offset = {"magic": 0, "stanza": good.index(b"-> X25519") + 14, "mac": good.index(b"\n---") + 8,
              "payload start": payload_start + 1, "payload middle": (payload_start + body_end) // 2,
              "payload end": body_end - 2, "trailer": len(good) - 3}[where]
    bad = bytearray(good)
    bad[offset] ^= 0x20
    assert _refused(homes, root, bytes(bad)) is ErrorCode.BUNDLE_TAMPERED


@pytest.mark.parametrize("fraction", [0.001, 0.05, 0.2, 0.5, 0.8, 0.97, 0.999])
def test_truncated(world: tuple[Homes, Path, bytes], fraction: float) -> None:
    homes, root, good = world
    cut = max(1, int(len(good) * fraction))
    assert _refused(homes, root, good[:cut]) is ErrorCode.BUNDLE_TRUNCATED


def test_not_a_bundle(world: tuple[Homes, Path, bytes]) -> None:
    homes, root, _ = world
    assert _refused(homes, root, b"%PDF-1.7\n" + b"x" * 200) is ErrorCode.BUNDLE_NOT_A_BUNDLE


def test_resigned_by_stranger(world: tuple[Homes, Path, bytes]) -> None:
    homes, root, _ = world
    data = _craft(homes, signing=bytes(SigningKey.generate()), sequence=2)
    assert _refused(homes, root, data) is ErrorCode.BUNDLE_BAD_SIGNATURE


def test_unknown_device(world: tuple[Homes, Path, bytes], tmp_path: Path) -> None:
    homes, root, _ = world
    stranger, _ = Vault.create(tmp_path / "stranger", "monitor", PASSPHRASE)
    try:
        data = _craft(homes, signing=bytes(stranger.signing_key()), sequence=1, device_id=stranger.fingerprint)
    finally:
        stranger.close()
    assert _refused(homes, root, data) is ErrorCode.BUNDLE_UNKNOWN_DEVICE


def test_wrong_format_version(world: tuple[Homes, Path, bytes]) -> None:
    homes, root, _ = world
    data = _craft(homes, signing=bytes(homes.monitor.vault.signing_key()), sequence=2, version=9)
    assert _refused(homes, root, data) is ErrorCode.BUNDLE_WRONG_VERSION


def test_sequence_conflict(world: tuple[Homes, Path, bytes]) -> None:
    """Bundle 1 was imported; another bundle 1 with other counts, validly signed, is refused."""
    homes, root, _ = world
    data = _craft(homes, signing=bytes(homes.monitor.vault.signing_key()), sequence=1, tables=_tables(n=99))
    assert _refused(homes, root, data) is ErrorCode.BUNDLE_SEQUENCE_CONFLICT


def test_form_version_not_in_any_kit(world: tuple[Homes, Path, bytes]) -> None:
    homes, root, _ = world
    data = _craft(homes, signing=bytes(homes.monitor.vault.signing_key()), sequence=2, tables=_tables(version="2099.9"))
    assert _refused(homes, root, data) is ErrorCode.BUNDLE_FORM_VERSION


def test_made_for_another_coordinator(world: tuple[Homes, Path, bytes], tmp_path: Path) -> None:
    homes, root, _ = world
    other, _ = Vault.create(tmp_path / "other", "coordinator", PASSPHRASE)
    try:
        recipient = age_recipient(other.box_public_key)
    finally:
        other.close()
    body = make_body(_tables(), bundle_id="e" * 32, device_id=homes.monitor.fingerprint, sequence=2,
                     created_day=TODAY, prev_hash="", recipients=[recipient])
    data = seal(body, bytes(homes.monitor.vault.signing_key()), [recipient])
    assert _refused(homes, root, data) is ErrorCode.BUNDLE_NOT_FOR_US


def test_one_bad_file_does_not_stop_the_others(own_world: tuple[Homes, Path, bytes], tmp_path: Path) -> None:
    homes, root, good = own_world
    bad = tmp_path / "bad.dat"
    bad.write_bytes(good[:100])
    dup = tmp_path / "dup.dat"
    dup.write_bytes(good)
    report = sync_import.import_bundles(homes.coordinator, [bad, dup], today=TODAY)
    assert [o.status for o in report.outcomes] == ["refused", "imported"]
    assert not report.ok
    report = sync_import.import_bundles(homes.coordinator, [dup], today=TODAY)
    assert report.ok and report.outcomes[0].code is ErrorCode.BUNDLE_REPLAYED


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_fuzz_import_of_mutated_bundles(world: tuple[Homes, Path, bytes], data: st.DataObject) -> None:
    homes, root, good = world
    mutated = bytearray(good)
    for _ in range(data.draw(st.integers(1, 3))):
        pos = data.draw(st.integers(0, len(mutated) - 1))
        kind = data.draw(st.sampled_from(["flip", "cut", "insert"]))
        if kind == "flip":
            mutated[pos] ^= data.draw(st.integers(1, 255))
        elif kind == "cut":
            del mutated[pos:]
            if not mutated:
                mutated = bytearray(b"\x00")
        else:
            mutated[pos:pos] = data.draw(st.binary(min_size=1, max_size=16))
    assume(bytes(mutated) != good)
    code = _refused(homes, root, bytes(mutated), name="fuzz.dat")
    assert code is not None and code.name.startswith("BUNDLE_")
