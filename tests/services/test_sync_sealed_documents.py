"""Kits, cards and receipts on the stick say nothing to whoever finds it (finding M7).

A plain kit named the CRSV study and listed the referral contacts ("Ask for
Amina at the community hall"); a card carried the laptop's name. Each is now
an age file sealed to an enrollment code or to the key it is for; plain ones
are refused.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from napsurvey.bundle.formats import ReferralService, StudyProtocol
from napsurvey.errors import ErrorCode, NapError
from napsurvey.services import enrollment, sync_export, sync_import
from tests.bundle.homes import MINI_FORM, TODAY, Homes, add_records, make_homes, make_session

CRSV = Path(__file__).resolve().parents[2] / "forms" / "crsv_incident.yaml"
#: Six letters or more: random ciphertext spells shorter words now and then (checked in the header below).
SECRETS = [b"amina at", b"community hall", b"crsv_incident", b"sexual", b"documentation study", b"erc-2026",
           b"napsurvey", b"team north", b"referral", b"receipt", b"survey"]
SHORT = [b"crsv", b"kit", b"card", b"amina"]


@pytest.fixture
def homes(tmp_path: Path) -> Iterator[Homes]:
    h = make_homes(tmp_path)
    yield h
    h.close()


def _says_nothing(data: bytes) -> None:
    assert data.startswith(b"age-encryption.org/v1\n")
    lowered = data.lower()
    assert [s for s in SECRETS if s in lowered] == []
    header = lowered[: lowered.index(b"\n---")]
    # The header's words (its version line, each stanza's type); its base64 is random and may spell anything
    words = [line.split()[1] for line in header.split(b"\n") if line.startswith(b"-> ")] + [header.split(b"\n")[0]]
    assert [s for s in SHORT if any(s in w for w in words)] == []


def test_a_kit_with_the_crsv_form_and_its_referrals_says_nothing_on_the_stick(homes: Homes, tmp_path: Path) -> None:
    referrals = {"north": [ReferralService(name="Ask for Amina at the community hall", kind="psychosocial",
                                           contact="+000 555 0101")]}
    protocol = StudyProtocol(title="CRSV documentation study", reference="ERC-2026-14", approved_by="Board",
                             approved_day="2026-01-05")
    written = enrollment.write_kit(homes.coordinator, tmp_path, today=TODAY, form_texts=[CRSV.read_text("utf-8")],
                                   referrals=referrals, protocol=protocol)
    assert written.path.parent == tmp_path and written.path.name.startswith("notes-")
    _says_nothing(written.path.read_bytes())
    assert written.code is not None
    done = enrollment.enroll(homes.monitor, written.path.read_bytes(), path="k", today=TODAY, code=written.code)
    assert done.forms[0][0] == "crsv_incident"


def test_a_card_and_a_receipt_say_nothing_and_open_only_where_they_are_meant(homes: Homes, tmp_path: Path) -> None:
    card = enrollment.device_card(homes.monitor, label="Team North 2", today=TODAY)
    _says_nothing(card)
    stranger = make_session(tmp_path / "stranger", "coordinator")
    try:
        with pytest.raises(NapError) as err:
            enrollment.open_card(stranger, card, "card")
        assert err.value.code is ErrorCode.CARD_NOT_FOR_US
    finally:
        stranger.lock()
    assert enrollment.open_card(homes.coordinator, card, "card").label == "Team North 2"
    add_records(homes.monitor, 8)
    bundle = sync_export.export_bundle(homes.monitor, tmp_path, today=TODAY)
    sync_import.import_bundles(homes.coordinator, [bundle.path], today=TODAY)
    receipt = sync_import.write_receipt(homes.coordinator, today=TODAY)
    _says_nothing(receipt)
    assert homes.monitor.fingerprint.encode() not in receipt
    assert sync_export.accept_receipt(homes.monitor, receipt, path="r", today=TODAY).records == 8


def test_plain_documents_from_the_stick_are_refused(homes: Homes) -> None:
    with pytest.raises(NapError) as err:
        enrollment.enroll(homes.monitor, homes.kit, path="kit", today=TODAY)
    assert err.value.code is ErrorCode.KIT_NOT_SEALED
    plain_card = enrollment.device_card_document(homes.monitor, label="x", today=TODAY)
    with pytest.raises(NapError) as err:
        enrollment.open_card(homes.coordinator, plain_card, "card")
    assert err.value.code is ErrorCode.CARD_BAD
    with pytest.raises(NapError) as err:
        sync_export.accept_receipt(homes.monitor, json.dumps({"format": "napsurvey-receipt"}).encode(), path="r",
                                   today=TODAY)
    assert err.value.code is ErrorCode.RECEIPT_BAD


def test_a_kit_sealed_to_a_code_needs_the_code(homes: Homes) -> None:
    kit = enrollment.seal_kit(homes.coordinator, homes.kit)
    with pytest.raises(NapError) as err:
        enrollment.enroll(homes.monitor, kit.data, path="kit", today=TODAY)
    assert err.value.code is ErrorCode.KIT_NEEDS_CODE
    assert kit.code is not None
    wrong = "00000-00000-00000" if kit.code != "00000-00000-00000" else "11111-11111-11111"
    with pytest.raises(NapError) as err:
        enrollment.enroll(homes.monitor, kit.data, path="kit", today=TODAY, code=wrong)
    assert err.value.code is ErrorCode.KIT_WRONG_CODE


def test_a_folder_import_passes_over_the_sealed_kits_cards_and_receipts_written_into_it(homes: Homes, tmp_path: Path) -> None:
    # Everything the product writes into a folder gets a neutral name; a kit, card or receipt
    # must still not be mistaken for a bundle cut short (reported as refused at every import).
    stick = tmp_path / "stick"
    stick.mkdir()
    add_records(homes.monitor, 8)
    bundle = sync_export.export_bundle(homes.monitor, stick, today=TODAY)
    card = enrollment.write_device_card(homes.monitor, stick, label="Team North 2", today=TODAY)
    kit = enrollment.write_kit(homes.coordinator, stick, today=TODAY, form_texts=[MINI_FORM]).path
    sync_import.import_bundles(homes.coordinator, [bundle.path], today=TODAY)
    receipt = sync_import.write_receipt_file(homes.coordinator, stick, today=TODAY).path
    update = enrollment.write_kit(homes.coordinator, stick, today=TODAY, form_texts=[MINI_FORM],
                                  devices=[homes.monitor.fingerprint]).path
    assert len({bundle.path, card, kit, receipt, update}) == 5
    assert all(p.parent == stick and p.name.startswith("notes-") for p in (card, kit, receipt, update))

    report = sync_import.import_bundles(homes.coordinator, [stick], today=TODAY)

    assert [(o.path, o.status) for o in report.outcomes] == [(str(bundle.path), "duplicate")]
    assert report.skipped == 4
