"""Kits, device cards and receipts: signed canonical JSON."""

from __future__ import annotations

import json

import pytest

from napsurvey.bundle.documents import read_document, sign_document
from napsurvey.bundle.formats import DeviceCard, Disclosure, Kit, Receipt, ReceiptEntry
from napsurvey.bundle.keys import b64
from napsurvey.errors import ErrorCode, NapError
from tests.bundle.conftest import Party, new_party


def _kit(c: Party) -> Kit:
    return Kit(
        format_version=1, kit_serial=1, created_day="2026-11-23",
        coordinator_signing_key=b64(c.verify), coordinator_box_key=b64(c.box_public),
        coordinator_fingerprint=c.fingerprint, forms=["settings: {}"],
        disclosure=Disclosure(threshold=10, threshold_high=20),
    )


def test_kit_round_trip(coordinator: Party) -> None:
    data = sign_document("kit", _kit(coordinator), coordinator.signing)
    kit, signer = read_document("kit", data, Kit, path="k")
    assert kit == _kit(coordinator) and signer == coordinator.verify


def test_changed_payload_fails_signature(coordinator: Party) -> None:
    doc = json.loads(sign_document("kit", _kit(coordinator), coordinator.signing))
    doc["payload"]["disclosure"]["threshold"] = 5
    with pytest.raises(NapError) as info:
        read_document("kit", json.dumps(doc).encode(), Kit, path="k")
    assert info.value.code is ErrorCode.KIT_BAD_SIGNATURE


def test_a_card_signature_cannot_pass_as_a_receipt(device: Party) -> None:
    card = DeviceCard(format_version=1, device_id=device.fingerprint, signing_key=b64(device.verify),
                      box_key=b64(device.box_public), role="monitor", created_day="2026-11-23")
    doc = json.loads(sign_document("card", card, device.signing))
    doc["format"] = "napsurvey-receipt"
    with pytest.raises(NapError) as info:
        read_document("receipt", json.dumps(doc).encode(), Receipt, path="r")
    assert info.value.code is ErrorCode.RECEIPT_BAD_SIGNATURE


def test_receipt_round_trip(coordinator: Party, device: Party) -> None:
    receipt = Receipt(format_version=1, coordinator_fingerprint=coordinator.fingerprint, created_day="2026-11-23",
                      entries=[ReceiptEntry(device_id=device.fingerprint, sequence=1, bundle_id="a" * 32,
                                            bundle_hash="b" * 64)])
    got, signer = read_document("receipt", sign_document("receipt", receipt, coordinator.signing), Receipt, path="r")
    assert got == receipt and signer == coordinator.verify


@pytest.mark.parametrize("data", [b"", b"{}", b"[]", b"not json", b'{"format":"napsurvey-kit","version":1}'])
def test_garbage_is_kit_bad(data: bytes) -> None:
    with pytest.raises(NapError) as info:
        read_document("kit", data, Kit, path="k")
    assert info.value.code is ErrorCode.KIT_BAD


def test_valid_signature_but_bad_content_is_kit_bad(coordinator: Party) -> None:
    from nacl.signing import SigningKey

    from napsurvey.bundle.canonical import canonical_bytes
    from napsurvey.bundle.documents import _message

    payload = {"format_version": 1, "kit_serial": 0}
    sig = SigningKey(coordinator.signing).sign(_message("kit", canonical_bytes(payload))).signature
    doc = {"format": "napsurvey-kit", "version": 1, "signer": b64(coordinator.verify), "signature": b64(sig),
           "payload": payload}
    with pytest.raises(NapError) as info:
        read_document("kit", json.dumps(doc).encode(), Kit, path="k")
    assert info.value.code is ErrorCode.KIT_BAD
    _ = new_party
