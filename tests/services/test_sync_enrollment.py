"""Enrollment: kits pin the coordinator, cards prove their keys, high forms need protocol and referrals."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from napsurvey.bundle.documents import sign_document
from napsurvey.bundle.formats import ReferralService, StudyProtocol
from napsurvey.errors import ErrorCode, NapError
from napsurvey.services import coordinator_views, enrollment, sync_export, sync_import
from napsurvey.vault.repo.settings import get_setting
from napsurvey.vault.store import Vault
from tests.bundle.homes import (
    MINI_FORM,
    PASSPHRASE,
    TODAY,
    Homes,
    add_records,
    enroll_document,
    make_homes,
    make_session,
    sealed_kit,
)

HIGH_FORM = Path(__file__).resolve().parents[2] / "forms" / "crsv_incident.yaml"


@pytest.fixture
def homes(tmp_path: Path) -> Iterator[Homes]:
    h = make_homes(tmp_path)
    yield h
    h.close()


def test_high_form_arrives_with_protocol_and_referrals(homes: Homes) -> None:
    text = HIGH_FORM.read_text(encoding="utf-8")
    with pytest.raises(NapError) as info:
        enrollment.create_kit(homes.coordinator, form_texts=[text], today=TODAY)
    assert info.value.code is ErrorCode.KIT_NEEDS_REFERRALS
    referrals = {"north": [ReferralService(name="Clinic", kind="medical", contact="+000", hours="24/7")]}
    protocol = StudyProtocol(title="CRSV", reference="ERC-1", approved_by="Board", approved_day="2026-01-05")
    kit = enrollment.create_kit(homes.coordinator, form_texts=[text], referrals=referrals, protocol=protocol,
                                threshold=12, today=TODAY)
    done = enroll_document(homes.coordinator, homes.monitor, kit)
    assert done.replaced and done.kit_serial == 2
    row = homes.monitor.vault.connection.execute(
        "SELECT sensitivity, source, active FROM forms WHERE form_id = ?", (done.forms[0][0],)).fetchone()
    assert tuple(row) == ("high", "kit", 1)
    assert get_setting(homes.monitor.vault, "referral_directory")["north"][0]["name"] == "Clinic"
    assert get_setting(homes.monitor.vault, "study_protocol")["reference"] == "ERC-1"
    assert get_setting(homes.monitor.vault, "disclosure") == {"threshold": 12, "threshold_high": 20, "grace_days": 30}


def test_threshold_below_minimum_refused(homes: Homes) -> None:
    with pytest.raises(NapError) as info:
        enrollment.create_kit(homes.coordinator, form_texts=[MINI_FORM], threshold=4, today=TODAY)
    assert info.value.code is ErrorCode.PRIVACY_THRESHOLD


@pytest.mark.parametrize(
    ("options", "code"),
    [
        ({"threshold": 10**22}, ErrorCode.PRIVACY_THRESHOLD_MAX),
        ({"threshold_high": 1001}, ErrorCode.PRIVACY_THRESHOLD_MAX),
        ({"backup_recipient": "garbage"}, ErrorCode.KIT_BAD_RECIPIENT),
        ({"backup_recipient": "age1" + "b" * 57}, ErrorCode.KIT_BAD_RECIPIENT),
    ],
)
def test_bad_kit_options_are_coded_refusals_not_internal_errors(homes: Homes, options: dict[str, object], code: ErrorCode) -> None:
    with pytest.raises(NapError) as info:
        enrollment.create_kit(homes.coordinator, form_texts=[MINI_FORM], today=TODAY, **options)  # type: ignore[arg-type]
    assert info.value.code is code


def test_a_bad_referral_file_is_one_plain_line_without_its_content(tmp_path: Path) -> None:
    bad = tmp_path / "referrals.yaml"
    bad.write_text("north: [SECRETWORD]\n", encoding="utf-8")
    with pytest.raises(NapError) as info:
        enrollment.read_referrals(bad)
    assert info.value.code is ErrorCode.KIT_REFERRALS_FILE
    assert "SECRETWORD" not in str(info.value) and "[type=" not in str(info.value)


def test_kit_signed_by_a_key_other_than_it_names(homes: Homes, tmp_path: Path) -> None:
    doc = json.loads(homes.kit)
    from napsurvey.bundle.formats import Kit

    kit = Kit.model_validate(doc["payload"])
    other, _ = Vault.create(tmp_path / "x", "coordinator", PASSPHRASE)
    try:
        forged = sign_document("kit", kit, bytes(other.signing_key()))
    finally:
        other.close()
    data, code = sealed_kit(homes.coordinator, forged)
    with pytest.raises(NapError) as info:
        enrollment.enroll(homes.monitor, data, path="k", today=TODAY, code=code)
    assert info.value.code is ErrorCode.KIT_BAD


def _card_document(homes: Homes, label: str = "") -> bytes:
    """The signed card inside the sealed card file, as the coordinator opens it."""
    from napsurvey.bundle import sealed
    from napsurvey.bundle.keys import age_identity

    identity = age_identity(bytes(homes.coordinator.vault.box_private_key()))
    return sealed.open_with_identity(enrollment.device_card(homes.monitor, label=label, today=TODAY), [identity],
                                     path="card", not_for_us=ErrorCode.CARD_NOT_FOR_US, bad=ErrorCode.CARD_BAD)


def test_card_edited_after_signing_is_refused(homes: Homes) -> None:
    doc = json.loads(_card_document(homes, label="A"))
    doc["payload"]["label"] = "B"
    with pytest.raises(NapError) as info:
        enrollment.read_card(json.dumps(doc).encode(), "card")
    assert info.value.code is ErrorCode.CARD_BAD


def test_card_with_swapped_box_key_is_refused(homes: Homes, tmp_path: Path) -> None:
    """Someone swaps in their own encryption key and re-signs: the fingerprint no longer matches."""
    doc = json.loads(_card_document(homes))
    from napsurvey.bundle.formats import DeviceCard

    card = DeviceCard.model_validate(doc["payload"])
    attacker, _ = Vault.create(tmp_path / "a", "monitor", PASSPHRASE)
    try:
        forged = sign_document("card", card, bytes(attacker.signing_key()))
    finally:
        attacker.close()
    with pytest.raises(NapError) as info:
        enrollment.read_card(forged, "card")
    assert info.value.code is ErrorCode.CARD_BAD


def test_export_before_enrollment(tmp_path: Path) -> None:
    monitor = make_session(tmp_path / "m", "monitor")
    try:
        with pytest.raises(NapError) as info:
            sync_export.export_bundle(monitor, tmp_path, today=TODAY)
        assert info.value.code is ErrorCode.KIT_NOT_ENROLLED
    finally:
        monitor.lock()


def test_views(homes: Homes, tmp_path: Path) -> None:
    add_records(homes.monitor, 12, months=("2026-11",))
    b1 = sync_export.export_bundle(homes.monitor, tmp_path / "1.dat", today=TODAY)
    add_records(homes.monitor, 3, seed=2, months=("2026-12",))
    sync_export.export_bundle(homes.monitor, tmp_path / "2.dat", today=TODAY)
    add_records(homes.monitor, 4, seed=3, months=("2026-12",))
    b3 = sync_export.export_bundle(homes.monitor, tmp_path / "3.dat", today="2026-12-30")
    sync_import.import_bundles(homes.coordinator, [b1.path, b3.path], today=TODAY)
    [device] = coordinator_views.devices(homes.coordinator)
    assert (device.label, device.bundles, device.last_sequence, device.missing) == ("Team North 2", 2, 3, [2])
    assert device.last_bundle_day == "2026-12-30"
    assert [b.sequence for b in coordinator_views.bundles(homes.coordinator)] == [1, 3]
    cov = {(c.form_id, c.period): c.interviews for c in coordinator_views.coverage(homes.coordinator)}
    assert cov == {("mini_survey", "2026-11"): 12, ("mini_survey", "2026-12"): 4}
