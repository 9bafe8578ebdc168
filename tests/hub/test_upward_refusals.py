"""Every refusal of the hub's import has its code, the same as one level down, and changes nothing."""

from __future__ import annotations

import json
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from nacl.signing import SigningKey

from napsurvey.bundle.build import make_body
from napsurvey.bundle.canonical import sha256
from napsurvey.bundle.envelope import (
    MONITOR_BUNDLE,
    TRAILER_SIZE,
    body_bytes,
    build_frame,
    encrypt_frame,
    seal,
    signature_message,
)
from napsurvey.bundle.formats import AggregateTable, Cell, Denominators, Tables
from napsurvey.bundle.upward import UPWARD_BUNDLE, UPWARD_FORMAT_VERSION, make_upward_body
from napsurvey.errors import ErrorCode, NapError
from napsurvey.services import hub_import, sync_import
from napsurvey.services.session import Session
from tests.bundle.homes import TODAY, make_session
from tests.hub.upward_craft import HubWorld, dump_hub_tables, hub_recipient, make_hub_world, release, upward_bytes


def _build(root: Path) -> tuple[HubWorld, bytes]:
    """A hub that imported the member's bundle 1; the member's good bundle 2 (not imported)."""
    world = make_hub_world(root)
    first = root / "up1.dat"
    first.write_bytes(upward_bytes(world, [release(period="2026-Q2")]))
    report = hub_import.import_member_bundles(world.hub, [first], today=TODAY)
    assert report.ok and report.outcomes[0].status == "imported", report.outcomes
    return world, upward_bytes(world, [release(period="2026-Q3")])


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[HubWorld, bytes]]:
    """Shared by the refusals, which must leave it as it was (each checks that nothing changed)."""
    built = _build(tmp_path_factory.mktemp("hubworld"))
    yield built
    built[0].close()


@pytest.fixture
def own_world(tmp_path: Path) -> Iterator[tuple[HubWorld, bytes]]:
    built = _build(tmp_path)
    yield built
    built[0].close()


def _refused(world: HubWorld, data: bytes, *, at: Session | None = None, name: str = "bad.dat") -> ErrorCode | None:
    hub = at or world.hub
    path = world.root / name
    path.write_bytes(data)
    before = dump_hub_tables(hub)
    report = hub_import.import_member_bundles(hub, [path], today=TODAY)
    path.unlink()
    out = report.outcomes[0]
    assert not report.ok and out.status == "refused", out
    assert "\n" not in out.message and out.message.startswith(str(path))
    assert dump_hub_tables(hub) == before, "a refused bundle changed the hub's tables"
    return out.code


def test_good_bundle_2_imports_whole(own_world: tuple[HubWorld, bytes]) -> None:
    world, good = own_world
    path = world.root / "good.dat"
    path.write_bytes(good)
    before = dump_hub_tables(world.hub)
    report = hub_import.import_member_bundles(world.hub, [path], today=TODAY)
    assert report.ok and [(o.status, o.sequence) for o in report.outcomes] == [("imported", 2)]
    after = dump_hub_tables(world.hub)
    assert len(after["sync_bundles"]) == len(before["sync_bundles"]) + 1
    assert len(after["hub_releases"]) == len(before["hub_releases"]) + 1 and report.gaps == []


def test_replay_is_a_duplicate_that_changes_nothing(own_world: tuple[HubWorld, bytes]) -> None:
    world, good = own_world
    path = world.root / "good.dat"
    path.write_bytes(good)
    assert hub_import.import_member_bundles(world.hub, [path], today=TODAY).ok
    before = dump_hub_tables(world.hub)
    report = hub_import.import_member_bundles(world.hub, [path], today=TODAY)
    assert report.ok and report.outcomes[0].status == "duplicate"
    assert report.outcomes[0].code is ErrorCode.BUNDLE_REPLAYED
    assert dump_hub_tables(world.hub) == before


def test_stranger_coordinator(world: tuple[HubWorld, bytes], tmp_path: Path) -> None:
    """A coordinator the hub never approved, with a bundle sealed to the hub and signed with its own key."""
    w, _ = world
    stranger = make_session(tmp_path / "stranger", "coordinator")
    try:
        data = upward_bytes(w, [release()], sequence=1, prev_hash="", signing=bytes(stranger.vault.signing_key()),
                            device_id=stranger.fingerprint)
    finally:
        stranger.lock()
    assert _refused(w, data) is ErrorCode.BUNDLE_UNKNOWN_DEVICE


def test_stranger_signing_as_the_member(world: tuple[HubWorld, bytes]) -> None:
    w, _ = world
    data = upward_bytes(w, [release()], sequence=2, signing=bytes(SigningKey.generate()))
    assert _refused(w, data) is ErrorCode.BUNDLE_BAD_SIGNATURE


def test_sequence_conflict(world: tuple[HubWorld, bytes]) -> None:
    """Another bundle 1, validly signed, with other releases."""
    w, _ = world
    data = upward_bytes(w, [release(period="2026-Q1")], sequence=1, prev_hash="",
                        signing=bytes(w.member.vault.signing_key()))
    assert _refused(w, data) is ErrorCode.BUNDLE_SEQUENCE_CONFLICT


def test_fork(world: tuple[HubWorld, bytes]) -> None:
    """Bundle 2 that names a predecessor other than the bundle 1 the hub holds."""
    w, _ = world
    data = upward_bytes(w, [release(period="2026-Q3")], sequence=2, prev_hash="ab" * 32,
                        signing=bytes(w.member.vault.signing_key()))
    assert _refused(w, data) is ErrorCode.BUNDLE_FORKED


def test_fork_seen_from_the_later_bundle(own_world: tuple[HubWorld, bytes]) -> None:
    """Bundle 3 arrived first; a bundle 2 that is not the one it follows is refused."""
    w, good = own_world
    three = upward_bytes(w, [release(period="2026-Q4")])  # names the good bundle 2 as its predecessor
    path = w.root / "three.dat"
    path.write_bytes(three)
    assert hub_import.import_member_bundles(w.hub, [path], today=TODAY).ok
    forged_two = upward_bytes(w, [release(period="2026-Q3", yes=60)], sequence=2,
                              signing=bytes(w.member.vault.signing_key()))
    assert _refused(w, forged_two) is ErrorCode.BUNDLE_FORKED
    path.write_bytes(good)
    assert hub_import.import_member_bundles(w.hub, [path], today=TODAY).outcomes[0].status == "imported"


def test_bundle_made_for_another_hub(world: tuple[HubWorld, bytes]) -> None:
    """Hub B approved the same member; a bundle the member made for hub A is not for B."""
    w, good = world
    assert _refused(w, good, at=w.other_hub) is ErrorCode.BUNDLE_NOT_FOR_US


def test_bundle_forwarded_by_its_hub_to_another(world: tuple[HubWorld, bytes]) -> None:
    """Hub A re-encrypts the member's signed frame to hub B: the signed manifest still names A."""
    w, _ = world
    releases = [release(period="2026-Q3")]
    body = make_upward_body(releases, bundle_id="f" * 32, device_id=w.member.fingerprint, sequence=2,
                            created_day=TODAY, prev_hash=w.sent[0], recipients=[hub_recipient(w.hub)])
    raw = body_bytes(body)
    signature = SigningKey(bytes(w.member.vault.signing_key())).sign(
        signature_message(raw, body.manifest.recipient_fingerprint, body.manifest.prev_hash,
                          UPWARD_BUNDLE.signature_domain)).signature
    frame = build_frame(raw, signature, UPWARD_FORMAT_VERSION, UPWARD_BUNDLE.frame_magic)
    forwarded = encrypt_frame(frame, [hub_recipient(w.other_hub)])
    assert _refused(w, forwarded, at=w.other_hub) is ErrorCode.BUNDLE_NOT_FOR_US


@pytest.mark.parametrize("where", ["magic", "stanza", "payload start", "payload middle", "payload end", "trailer"])
def test_tampered(world: tuple[HubWorld, bytes], where: str) -> None:
    w, good = world
    payload_start = good.index(b"\n", good.index(b"\n---")) + 1
    end = len(good) - TRAILER_SIZE
    offset = {"magic": 0, "stanza": good.index(b"-> X25519") + 14, "payload start": payload_start + 1,
              "payload middle": (payload_start + end) // 2, "payload end": end - 2, "trailer": len(good) - 3}[where]
    bad = bytearray(good)
    bad[offset] ^= 0x20
    assert _refused(w, bytes(bad)) is ErrorCode.BUNDLE_TAMPERED


@pytest.mark.parametrize("where", ["stanza type", "ephemeral share", "wrapped file key", "marker"])
def test_a_flipped_bit_in_the_age_header_or_the_marker_with_the_trailer_rebuilt_reads_tampered(
    world: tuple[HubWorld, bytes], where: str
) -> None:
    """The trailer is an unkeyed hash anyone can rebuild; the marker only the hub can check says "made for you"."""
    w, good = world
    stanza = good.index(b"-> X25519 ")
    body = good.index(b"\n", stanza) + 1
    (length,) = struct.unpack(">Q", good[-TRAILER_SIZE:-32])
    assert len(good) - TRAILER_SIZE - length == 64  # the marker sits between the age file and the trailer
    offset = {"stanza type": stanza + 4, "ephemeral share": stanza + 14, "wrapped file key": body + 5,
              "marker": length + 40}[where]
    bad = bytearray(good[:-TRAILER_SIZE])
    bad[offset] ^= 0x01
    retrailed = bytes(bad) + struct.pack(">Q", length) + sha256(bytes(bad))
    assert _refused(w, retrailed) is ErrorCode.BUNDLE_TAMPERED


@pytest.mark.parametrize("fraction", [0.01, 0.5, 0.99])
def test_truncated(world: tuple[HubWorld, bytes], fraction: float) -> None:
    w, good = world
    assert _refused(w, good[: int(len(good) * fraction)]) is ErrorCode.BUNDLE_TRUNCATED


def test_a_monitor_bundle_is_not_an_upward_bundle(world: tuple[HubWorld, bytes]) -> None:
    """A frame of the monitor's kind, signed by the member and sealed to the hub: the kinds do not mix."""
    w, _ = world
    tables = Tables(
        aggregates=[AggregateTable(form_id="mini_survey", form_versions=["2026.1"], indicator="services_used",
                                   question="services", dimensions=[], period="month",
                                   cells=[Cell(key=["health", "2026-11"], count=3, key_sum=5)])],
        denominators=[Denominators(form_id="mini_survey", form_versions=["2026.1"], period="2026-11", interviews=3,
                                   key_sum=9)],
    )
    recipient = hub_recipient(w.hub)
    body = make_body(tables, bundle_id="d" * 32, device_id=w.member.fingerprint, sequence=2, created_day=TODAY,
                     prev_hash=w.sent[0], recipients=[recipient])
    data = seal(body, bytes(w.member.vault.signing_key()), [recipient], kind=MONITOR_BUNDLE)
    assert _refused(w, data) is ErrorCode.BUNDLE_NOT_A_BUNDLE


def test_an_upward_signature_does_not_verify_as_a_monitor_bundle(world: tuple[HubWorld, bytes]) -> None:
    """The upward frame magic with the monitor's signature domain: the signature is bound to its kind."""
    w, _ = world
    body = make_upward_body([release()], bundle_id="c" * 32, device_id=w.member.fingerprint, sequence=2,
                            created_day=TODAY, prev_hash=w.sent[0], recipients=[hub_recipient(w.hub)])
    raw = body_bytes(body)
    signature = SigningKey(bytes(w.member.vault.signing_key())).sign(
        signature_message(raw, body.manifest.recipient_fingerprint, body.manifest.prev_hash)).signature
    frame = build_frame(raw, signature, UPWARD_FORMAT_VERSION, UPWARD_BUNDLE.frame_magic)
    assert _refused(w, encrypt_frame(frame, [hub_recipient(w.hub)])) is ErrorCode.BUNDLE_BAD_SIGNATURE


def test_wrong_upward_version(world: tuple[HubWorld, bytes]) -> None:
    w, _ = world
    body = make_upward_body([release()], bundle_id="b" * 32, device_id=w.member.fingerprint, sequence=2,
                            created_day=TODAY, prev_hash=w.sent[0], recipients=[hub_recipient(w.hub)])
    raw = body_bytes(body)
    signature = SigningKey(bytes(w.member.vault.signing_key())).sign(
        signature_message(raw, body.manifest.recipient_fingerprint, body.manifest.prev_hash,
                          UPWARD_BUNDLE.signature_domain)).signature
    frame = build_frame(raw, signature, 9, UPWARD_BUNDLE.frame_magic)
    assert _refused(w, encrypt_frame(frame, [hub_recipient(w.hub)])) is ErrorCode.BUNDLE_WRONG_VERSION


def test_an_edition_sent_again_with_other_figures(world: tuple[HubWorld, bytes]) -> None:
    """Bundle 2 carries edition 1 of the quarter bundle 1 held, with another value: refused whole."""
    w, _ = world
    data = upward_bytes(w, [release(period="2026-Q2", yes=58), release(period="2026-Q3")], sequence=2,
                        signing=bytes(w.member.vault.signing_key()))
    assert _refused(w, data) is ErrorCode.HUB_RELEASE_CONFLICT


def test_raw_tallies_of_a_high_form_are_not_a_valid_bundle() -> None:
    high = release(sensitivity="high")
    table = high.tables[0].model_copy(update={"raw_keys": [["yes", "north"]], "raw_counts": [3], "raw_key_sums": [5]})
    with pytest.raises(ValueError, match="sensitivity: high"):
        type(high).model_validate({**high.model_dump(), "tables": [table.model_dump()]})


def test_the_coordinator_cannot_read_its_own_upward_bundle(world: tuple[HubWorld, bytes]) -> None:
    """It is sealed to the hub alone; at the coordinator it is not for us (and imports nothing)."""
    w, good = world
    path = w.root / "own.dat"
    path.write_bytes(good)
    report = sync_import.import_bundles(w.member, [path], today=TODAY)
    assert report.outcomes[0].code is ErrorCode.BUNDLE_NOT_FOR_US


def test_only_a_hub_imports_upward_bundles_and_a_hub_imports_no_monitor_bundles(world: tuple[HubWorld, bytes]) -> None:
    w, _ = world
    with pytest.raises(NapError) as info:
        hub_import.import_member_bundles(w.member, [], today=TODAY)
    assert info.value.code is ErrorCode.VAULT_ROLE
    with pytest.raises(NapError) as info:
        sync_import.import_bundles(w.hub, [], today=TODAY)
    assert info.value.code is ErrorCode.VAULT_ROLE


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_fuzzed_upward_bundles(world: tuple[HubWorld, bytes], data: st.DataObject) -> None:
    w, good = world
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
    code = _refused(w, bytes(mutated), name="fuzz.dat")
    assert code is not None and code.name.startswith("BUNDLE_")


def test_a_body_that_is_not_canonical_json_is_refused(world: tuple[HubWorld, bytes]) -> None:
    """The same content with its keys in another order, validly signed: what is signed must be the canonical bytes."""
    w, _ = world
    body = make_upward_body([release()], bundle_id="a" * 32, device_id=w.member.fingerprint, sequence=2,
                            created_day=TODAY, prev_hash=w.sent[0], recipients=[hub_recipient(w.hub)])
    raw = json.dumps(body.model_dump(mode="json"), separators=(",", ":")).encode()  # keys in model order
    assert raw != body_bytes(body)
    signature = SigningKey(bytes(w.member.vault.signing_key())).sign(
        signature_message(raw, body.manifest.recipient_fingerprint, body.manifest.prev_hash,
                          UPWARD_BUNDLE.signature_domain)).signature
    frame = build_frame(raw, signature, UPWARD_FORMAT_VERSION, UPWARD_BUNDLE.frame_magic)
    assert _refused(w, encrypt_frame(frame, [hub_recipient(w.hub)])) is ErrorCode.BUNDLE_SCHEMA


def test_a_questionnaire_that_is_not_a_form_is_refused(world: tuple[HubWorld, bytes]) -> None:
    w, _ = world
    data = upward_bytes(w, [release(period="2026-Q3")], sequence=2, signing=bytes(w.member.vault.signing_key()),
                        forms=["settings: {form_id: 1}\n"])
    assert _refused(w, data) is ErrorCode.BUNDLE_SCHEMA


def test_the_questionnaires_a_member_sends_are_kept_once(own_world: tuple[HubWorld, bytes]) -> None:
    from tests.bundle.homes import MINI_FORM

    w, _ = own_world
    for period in ("2026-Q3", "2026-Q4"):
        path = w.root / f"{period}.dat"
        path.write_bytes(upward_bytes(w, [release(period=period)], forms=[MINI_FORM]))
        assert hub_import.import_member_bundles(w.hub, [path], today=TODAY).ok
    rows = dump_hub_tables(w.hub)["hub_forms"]
    assert [(r[1], r[2]) for r in rows] == [("mini_survey", "2026.1")]


def test_a_member_withdraws_from_twinning_with_its_next_bundle_and_an_old_bundle_cannot_undo_it(tmp_path: Path) -> None:
    from napsurvey.bundle import hub_store
    from napsurvey.bundle.upward import Sharing

    world = make_hub_world(tmp_path)
    try:
        files = []
        for i, (period, share) in enumerate((("2026-Q1", True), ("2026-Q2", False)), start=1):
            files.append(tmp_path / f"up{i}.dat")
            files[-1].write_bytes(upward_bytes(world, [release(period=period)], sharing=Sharing(twinning=share)))
        # Bundle 2 (withdrawn) arrives first, then bundle 1 (shared) late: the newest choice stands.
        assert hub_import.import_member_bundles(world.hub, [files[1]], today=TODAY).ok
        assert hub_import.import_member_bundles(world.hub, [files[0]], today=TODAY).ok
        assert hub_store.sharing(world.hub.vault.connection)[world.member.fingerprint].twinning is False
    finally:
        world.close()
