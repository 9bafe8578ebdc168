"""The sealed bundle: each way a file can be wrong has its own code."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nacl.signing import SigningKey

from napsurvey.bundle.canonical import canonical_hash
from napsurvey.bundle.envelope import (
    TRAILER_SIZE,
    body_bytes,
    build_frame,
    encrypt_frame,
    open_sealed,
    seal,
    signature_message,
)
from napsurvey.bundle.formats import BundleBody, Tables, tables_document
from napsurvey.errors import ErrorCode, NapError
from tests.bundle.conftest import Party, new_party, sample_body


def _open(data: bytes, coordinator: Party, device: Party) -> object:
    return open_sealed(
        data,
        [coordinator.identity],
        lambda d: device.verify if d == device.fingerprint else None,
        own_recipient=coordinator.recipient,
    )


def _code(data: bytes, coordinator: Party, device: Party) -> ErrorCode:
    with pytest.raises(NapError) as info:
        _open(data, coordinator, device)
    return info.value.code


@pytest.fixture
def sealed(device: Party, coordinator: Party) -> bytes:
    return seal(sample_body(device, coordinator), device.signing, [coordinator.recipient])


def test_round_trip(sealed: bytes, device: Party, coordinator: Party) -> None:
    opened = open_sealed(
        sealed, [coordinator.identity], {device.fingerprint: device.verify}.get, own_recipient=coordinator.recipient
    )
    assert opened.body == sample_body(device, coordinator)
    assert opened.body.tables.aggregates[0].cells[0].count == 12


def test_same_content_same_hash_but_different_bytes(device: Party, coordinator: Party) -> None:
    body = sample_body(device, coordinator)
    a = seal(body, device.signing, [coordinator.recipient])
    b = seal(body, device.signing, [coordinator.recipient])
    assert a != b  # age is randomized
    resolve = {device.fingerprint: device.verify}.get
    ha = open_sealed(a, [coordinator.identity], resolve, own_recipient=coordinator.recipient).content_hash
    hb = open_sealed(b, [coordinator.identity], resolve, own_recipient=coordinator.recipient).content_hash
    assert ha == hb


def test_file_reveals_nothing_in_the_clear(sealed: bytes, device: Party) -> None:
    for secret in (b"community_safety", b"feels_safe", b"district", b"north", b"count", b"2026-11",
                   device.fingerprint.encode(), device.fingerprint.replace("-", "").encode(), b"NAPSB1",
                   b"napsurvey"):
        assert secret not in sealed
    assert sealed.startswith(b"age-encryption.org/v1\n")


def test_monitor_cannot_open_its_own_bundle(sealed: bytes, device: Party, coordinator: Party) -> None:
    with pytest.raises(NapError) as info:
        open_sealed(sealed, [device.identity], {device.fingerprint: device.verify}.get,
                    own_recipient=device.recipient)
    assert info.value.code is ErrorCode.BUNDLE_NOT_FOR_US


def _regions(data: bytes) -> dict[str, int]:
    header_end = data.index(b"\n---") + 1
    mac_end = data.index(b"\n", header_end) + 1
    stanza = data.index(b"-> X25519") + 12
    payload = data[: len(data) - TRAILER_SIZE]
    return {
        "age magic": 3,
        "stanza": stanza,
        "stanza body": data.index(b"\n", stanza) + 5,
        "header mac": header_end + 10,
        "payload nonce": mac_end + 2,
        "payload start": mac_end + 17,
        "payload middle": (mac_end + len(payload)) // 2,
        "payload end": len(payload) - 1,
        "trailer length": len(payload) + 7,
        "trailer hash": len(payload) + 20,
        "last byte": len(data) - 1,
    }


@pytest.mark.parametrize("bit", [0, 7])
def test_flipped_byte_in_every_region_is_tampered(sealed: bytes, device: Party, coordinator: Party, bit: int) -> None:
    for region, offset in _regions(sealed).items():
        bad = bytearray(sealed)
        bad[offset] ^= 1 << bit
        assert _code(bytes(bad), coordinator, device) is ErrorCode.BUNDLE_TAMPERED, region


def test_truncation_at_many_offsets(sealed: bytes, device: Party, coordinator: Party) -> None:
    offsets = sorted({1, 5, 21, 22, 40, 60, 100, len(sealed) // 2} | set(range(len(sealed) - 45, len(sealed))))
    for cut in offsets:
        assert _code(sealed[:cut], coordinator, device) is ErrorCode.BUNDLE_TRUNCATED, cut


@pytest.mark.parametrize("data", [b"", b"hello world" * 10, b"PK\x03\x04" + b"\x00" * 100])
def test_not_a_bundle(data: bytes, device: Party, coordinator: Party) -> None:
    assert _code(data, coordinator, device) is ErrorCode.BUNDLE_NOT_A_BUNDLE


def test_plain_age_file_without_our_frame_is_not_a_bundle(device: Party, coordinator: Party) -> None:
    data = encrypt_frame(b"just some age-encrypted text", [coordinator.recipient])
    assert _code(data, coordinator, device) is ErrorCode.BUNDLE_NOT_A_BUNDLE


def test_unknown_device(sealed: bytes, coordinator: Party) -> None:
    assert _code(sealed, coordinator, new_party()) is ErrorCode.BUNDLE_UNKNOWN_DEVICE


def test_resigned_by_a_stranger_is_bad_signature(device: Party, coordinator: Party) -> None:
    stranger = new_party()
    body = sample_body(device, coordinator)  # claims to be the approved device
    data = seal(body, stranger.signing, [coordinator.recipient])
    assert _code(data, coordinator, device) is ErrorCode.BUNDLE_BAD_SIGNATURE


def test_signature_binds_prev_hash(device: Party, coordinator: Party) -> None:
    body = sample_body(device, coordinator, sequence=2, prev_hash="ab" * 32)
    raw = body_bytes(body)
    # signed as if the chain were different: the signature must not verify
    sig = SigningKey(device.signing).sign(
        signature_message(raw, body.manifest.recipient_fingerprint, "cd" * 32)
    ).signature
    data = encrypt_frame(build_frame(raw, sig), [coordinator.recipient])
    assert _code(data, coordinator, device) is ErrorCode.BUNDLE_BAD_SIGNATURE


def test_wrong_format_version(device: Party, coordinator: Party) -> None:
    body = sample_body(device, coordinator)
    raw = body_bytes(body)
    sig = SigningKey(device.signing).sign(signature_message(raw, body.manifest.recipient_fingerprint, "")).signature
    data = encrypt_frame(build_frame(raw, sig, format_version=3), [coordinator.recipient])
    with pytest.raises(NapError) as info:
        _open(data, coordinator, device)
    assert info.value.code is ErrorCode.BUNDLE_WRONG_VERSION
    assert "3" in info.value.message


def _version_one(body: BundleBody) -> BundleBody:
    """The same counts as an older napsurvey wrote them: format 1, no key sums."""
    data = body.model_dump(mode="json", exclude_none=True)
    for table in data["tables"]["aggregates"]:
        for cell in table["cells"]:
            del cell["key_sum"]
    for den in data["tables"]["denominators"]:
        del den["key_sum"]
    data["manifest"]["format_version"] = 1
    tables = Tables.model_validate(data["tables"])
    data["manifest"]["tables_hash"] = canonical_hash(tables_document(tables))
    return BundleBody.model_validate(data)


def test_a_version_one_bundle_without_key_sums_still_opens(device: Party, coordinator: Party) -> None:
    old = _version_one(sample_body(device, coordinator))
    opened = _open(seal(old, device.signing, [coordinator.recipient]), coordinator, device)
    assert opened.body.manifest.format_version == 1  # type: ignore[attr-defined]
    assert all(c.key_sum is None for t in opened.body.tables.aggregates for c in t.cells)  # type: ignore[attr-defined]


def test_key_sums_must_match_the_format_version(device: Party, coordinator: Party) -> None:
    body = sample_body(device, coordinator)
    data = body.model_dump(mode="json", exclude_none=True)
    del data["tables"]["aggregates"][0]["cells"][0]["key_sum"]  # a version-2 count without its key sum
    with pytest.raises(ValueError, match="key sum"):
        BundleBody.model_validate(data)
    data = body.model_dump(mode="json", exclude_none=True)
    data["manifest"]["format_version"] = 1  # a version-1 body with key sums
    with pytest.raises(ValueError, match="no key sums"):
        BundleBody.model_validate(data)


def test_encrypted_to_another_coordinator(device: Party, coordinator: Party) -> None:
    other = new_party()
    data = seal(sample_body(device, other), device.signing, [other.recipient])
    assert _code(data, coordinator, device) is ErrorCode.BUNDLE_NOT_FOR_US


def test_forwarded_bundle_re_encrypted_is_not_for_us(device: Party, coordinator: Party) -> None:
    """Someone who can decrypt (e.g. a backup key holder) re-encrypts to another coordinator."""
    other = new_party()
    body = sample_body(device, coordinator)
    raw = body_bytes(body)
    sig = SigningKey(device.signing).sign(signature_message(raw, body.manifest.recipient_fingerprint, "")).signature
    data = encrypt_frame(build_frame(raw, sig), [other.recipient])
    assert _code(data, other, device) is ErrorCode.BUNDLE_NOT_FOR_US


def test_backup_recipient_can_also_open(device: Party, coordinator: Party) -> None:
    backup = new_party()
    body = sample_body(device, coordinator).model_copy()
    from napsurvey.bundle.build import make_body

    body = make_body(body.tables, bundle_id="a" * 32, device_id=device.fingerprint, sequence=1,
                     created_day="2026-11-23", prev_hash="", recipients=[coordinator.recipient, backup.recipient])
    data = seal(body, device.signing, [coordinator.recipient, backup.recipient])
    resolve = {device.fingerprint: device.verify}.get
    assert open_sealed(data, [backup.identity], resolve, own_recipient=backup.recipient).body == body
    assert open_sealed(data, [coordinator.identity], resolve, own_recipient=coordinator.recipient).body == body


def test_seal_refuses_inconsistent_manifest(device: Party, coordinator: Party) -> None:
    with pytest.raises(ValueError):
        seal(sample_body(device, coordinator), device.signing, [new_party().recipient])


_BUNDLE_CODES = {c for c in ErrorCode if c.name.startswith("BUNDLE_")}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=600))
def test_fuzz_random_bytes(coordinator: Party, device: Party, data: bytes) -> None:
    with pytest.raises(NapError) as info:
        _open(data, coordinator, device)
    assert info.value.code in _BUNDLE_CODES


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_fuzz_mutated_bundles(coordinator: Party, device: Party, sealed: bytes, data: st.DataObject) -> None:
    mutated = bytearray(sealed)
    action = data.draw(st.sampled_from(["flip", "cut", "insert", "delete", "append"]))
    pos = data.draw(st.integers(0, len(mutated) - 1))
    if action == "flip":
        mutated[pos] ^= data.draw(st.integers(1, 255))
    elif action == "cut":
        del mutated[pos:]
    elif action == "insert":
        mutated[pos:pos] = data.draw(st.binary(min_size=1, max_size=8))
    elif action == "delete":
        del mutated[pos : pos + data.draw(st.integers(1, 8))]
    else:
        mutated += data.draw(st.binary(min_size=1, max_size=50))
    with pytest.raises(NapError) as info:
        _open(bytes(mutated), coordinator, device)
    assert info.value.code in {ErrorCode.BUNDLE_TAMPERED, ErrorCode.BUNDLE_TRUNCATED, ErrorCode.BUNDLE_NOT_A_BUNDLE}
