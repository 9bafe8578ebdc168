"""A coordinator joins a hub as a monitor joins its coordinator: hub kit, enroll, device card, approval.

As one level down, the hub kit travels sealed to an enrollment code the hub
reads out, the coordinator's card sealed to the hub's key, and the hub's
fingerprint is computed from its key. Each refusal has its code and leaves
the coordinator's membership (or the hub's list of members) as it was.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from napsurvey.bundle import hub_store, sealed, store
from napsurvey.bundle.documents import read_document, sign_document
from napsurvey.bundle.hub_kit import HubKit
from napsurvey.errors import ErrorCode, NapError
from napsurvey.services import enrollment, hub_enrollment, hub_export, hub_outputs
from napsurvey.services.session import Session
from napsurvey.vault.fingerprint import fingerprint
from napsurvey.vault.repo.forms import install_form
from tests.bundle.homes import MINI_FORM, TODAY, approve_coordinator, join_document, make_session, sealed_kit

HIGH_FORM = (Path(__file__).resolve().parents[2] / "forms" / "crsv_incident.yaml").read_text(encoding="utf-8")


@dataclass
class Hubs:
    hub: Session
    coordinator: Session
    monitor: Session
    other: Session


@pytest.fixture
def hubs(tmp_path: Path) -> Iterator[Hubs]:
    out = Hubs(*(make_session(tmp_path / n, r) for n, r in
                 (("hub", "hub"), ("coordinator", "coordinator"), ("monitor", "monitor"), ("other", "hub"))))
    yield out
    for s in (out.hub, out.coordinator, out.monitor, out.other):
        s.lock()


def _membership(s: Session) -> hub_store.Membership | None:
    return hub_store.membership(s.vault.connection)


def test_a_coordinator_joins_a_hub_with_its_kit_and_the_hub_approves_its_card(hubs: Hubs, tmp_path: Path) -> None:
    indicator = hub_enrollment.CommonIndicator(scheme="S/2010/498", code="3", title={"en": "Safety"},
                                               form_id="mini_survey", indicator="safe_by_region")
    written = hub_enrollment.write_hub_kit(hubs.hub, tmp_path / "hub.kit", form_texts=[MINI_FORM],
                                           indicators=[indicator], raw_requests=["mini_survey"], threshold=12,
                                           name="Mano River network", today=TODAY)
    assert written.fingerprint == hubs.hub.fingerprint and written.kit_serial == 1
    assert written.fingerprint == fingerprint(hubs.hub.vault.signing_public_key) and len(written.fingerprint) == 47
    assert (tmp_path / "hub.kit").stat().st_mode & 0o777 == 0o600
    data = (tmp_path / "hub.kit").read_bytes()
    # Sealed to the code the hub reads out: nothing on the stick names the network or what the file is.
    assert written.code is not None and sealed.sealing_of(data) == "code"
    assert b"Mano River" not in data and b"napsurvey" not in data and b"mini_survey" not in data
    joined = hub_enrollment.join_hub(hubs.coordinator, data, path="hub.kit", today=TODAY, code=written.code)
    assert (joined.hub_fingerprint, joined.hub_name, joined.raw_requests) == (
        hubs.hub.fingerprint, "Mano River network", ["mini_survey"])
    assert ("mini_survey", "2026.1") in joined.forms and not joined.replaced
    member = _membership(hubs.coordinator)
    assert member is not None and member.hub_signing_key == hubs.hub.vault.signing_public_key
    assert member.kit.indicators == [indicator] and member.kit.disclosure.threshold == 12
    assert [f.form_id for f in hubs.coordinator.installed_forms()].count("mini_survey") == 1
    # The hub keeps what its kit asks: the pooled threshold and the raw requests.
    assert hubs.hub.get_setting(hub_outputs.RULES_SETTING, None) == {"raw_requests": ["mini_survey"], "threshold": 12}
    card_file = enrollment.device_card(hubs.coordinator, label="Liberia", today=TODAY)
    assert sealed.sealing_of(card_file) == "key" and b"Liberia" not in card_file  # sealed to the hub it joined
    card = enrollment.open_card(hubs.hub, card_file, "card")
    assert card.role == "coordinator" and enrollment.approval_needed(hubs.hub, card)
    approval = enrollment.approve_device(hubs.hub, card, today=TODAY)
    assert approval.outcome == "approved"
    assert [(d.device_id, d.label) for d in store.devices(hubs.hub.vault.connection)] == [
        (hubs.coordinator.fingerprint, "Liberia")]
    # Nothing goes up before the coordinator agrees: no raw counts by default, no twinning.
    view = hub_export.membership_view(hubs.coordinator)
    assert view is not None and view.raw_agreed == [] and view.twinning is False


def test_a_hub_kit_opens_only_with_its_code_and_a_plain_one_is_refused(hubs: Hubs) -> None:
    document = hub_enrollment.create_hub_kit(hubs.hub, form_texts=[], today=TODAY)
    data, code = sealed_kit(hubs.hub, document)
    for given, expected in ((None, ErrorCode.KIT_NEEDS_CODE), ("12345-12345-12345", ErrorCode.KIT_WRONG_CODE),
                            ("12345", ErrorCode.KIT_CODE_FORMAT)):
        with pytest.raises(NapError) as info:
            hub_enrollment.join_hub(hubs.coordinator, data, path="hub.kit", today=TODAY, code=given)
        assert info.value.code is expected and _membership(hubs.coordinator) is None
        assert "your coordinator" not in info.value.message  # a hub issued this kit
    with pytest.raises(NapError) as info:
        hub_enrollment.join_hub(hubs.coordinator, document, path="hub.kit", today=TODAY)
    assert info.value.code is ErrorCode.KIT_NOT_SEALED and _membership(hubs.coordinator) is None
    assert "coordinator or hub that issued it" in info.value.message
    assert hub_enrollment.join_hub(hubs.coordinator, data, path="hub.kit", today=TODAY, code=code).kit_serial == 1


def test_a_hub_kit_claiming_another_hubs_fingerprint_is_refused(hubs: Hubs) -> None:
    kit, _signer = read_document("hub-kit", hub_enrollment.create_hub_kit(hubs.hub, form_texts=[], today=TODAY),
                                 HubKit, path="k")
    forged = sign_document("hub-kit", kit.model_copy(update={"hub_fingerprint": hubs.other.fingerprint}),
                           bytes(hubs.hub.vault.signing_key()))  # the attacker's own key, the real hub's fingerprint
    with pytest.raises(NapError) as info:
        join_document(hubs.hub, hubs.coordinator, forged)
    assert info.value.code is ErrorCode.KIT_FINGERPRINT_MISMATCH and _membership(hubs.coordinator) is None


def test_a_kit_update_sealed_to_its_members_opens_only_there(hubs: Hubs, tmp_path: Path) -> None:
    join_document(hubs.hub, hubs.coordinator, hub_enrollment.create_hub_kit(hubs.hub, form_texts=[], today=TODAY))
    approve_coordinator(hubs.hub, hubs.coordinator, label="Liberia")
    written = hub_enrollment.write_hub_kit(hubs.hub, tmp_path / "update.kit", form_texts=[],
                                           devices=[hubs.coordinator.fingerprint], today=TODAY)
    assert written.code is None and sealed.sealing_of(written.path.read_bytes()) == "key"
    stranger = make_session(tmp_path / "c2", "coordinator")
    try:
        with pytest.raises(NapError) as info:
            hub_enrollment.join_hub(stranger, written.path.read_bytes(), path="update.kit", today=TODAY)
        assert info.value.code is ErrorCode.KIT_NOT_FOR_THIS_DEVICE and _membership(stranger) is None
    finally:
        stranger.lock()
    assert hub_enrollment.join_hub(hubs.coordinator, written.path.read_bytes(), path="update.kit", today=TODAY).replaced


def test_a_coordinators_card_is_sealed_to_its_hub_and_needs_one(hubs: Hubs) -> None:
    with pytest.raises(NapError) as info:
        enrollment.device_card(hubs.coordinator, today=TODAY)
    assert info.value.code is ErrorCode.HUB_NOT_JOINED
    join_document(hubs.hub, hubs.coordinator, hub_enrollment.create_hub_kit(hubs.hub, form_texts=[], today=TODAY))
    card = enrollment.device_card(hubs.coordinator, label="Liberia", today=TODAY)
    with pytest.raises(NapError) as info:
        enrollment.open_card(hubs.other, card, "card")  # another hub cannot read it
    assert info.value.code is ErrorCode.CARD_NOT_FOR_US
    assert "another coordinator or hub" in info.value.message  # not "another coordinator": this is a hub
    plain = enrollment.device_card_document(hubs.coordinator, label="Liberia", today=TODAY)
    with pytest.raises(NapError) as info:
        enrollment.open_card(hubs.hub, plain, "card")
    assert info.value.code is ErrorCode.CARD_BAD and store.devices(hubs.hub.vault.connection) == []


def test_a_newer_kit_of_the_same_hub_replaces_the_old_one_and_an_older_one_is_refused(hubs: Hubs) -> None:
    first = hub_enrollment.create_hub_kit(hubs.hub, form_texts=[], today=TODAY)
    second = hub_enrollment.create_hub_kit(hubs.hub, form_texts=[], raw_requests=["mini_survey"], today=TODAY)
    join_document(hubs.hub, hubs.coordinator, second, path="k2")
    before = _membership(hubs.coordinator)
    with pytest.raises(NapError) as info:
        join_document(hubs.hub, hubs.coordinator, first, path="k1")
    assert info.value.code is ErrorCode.KIT_OLDER and _membership(hubs.coordinator) == before
    third = hub_enrollment.create_hub_kit(hubs.hub, form_texts=[], today=TODAY)
    assert join_document(hubs.hub, hubs.coordinator, third, path="k3").replaced
    member = _membership(hubs.coordinator)
    assert member is not None and member.kit.kit_serial == 3 and member.kit.raw_requests == []


def test_a_kit_of_another_hub_is_refused_and_changes_nothing(hubs: Hubs) -> None:
    join_document(hubs.hub, hubs.coordinator, hub_enrollment.create_hub_kit(hubs.hub, form_texts=[], today=TODAY))
    before = _membership(hubs.coordinator)
    stranger = hub_enrollment.create_hub_kit(hubs.other, form_texts=[], today=TODAY)
    with pytest.raises(NapError) as info:
        join_document(hubs.other, hubs.coordinator, stranger, path="other.kit")
    assert info.value.code is ErrorCode.HUB_KIT_OTHER_HUB and _membership(hubs.coordinator) == before
    refused = [e for e in hubs.coordinator.vault.connection.execute("SELECT event, data FROM audit")
               if e[0] == "kit_refused"]
    assert json.loads(refused[-1][1])["code"] == "HUB_KIT_OTHER_HUB"


def test_a_tampered_hub_kit_is_refused(hubs: Hubs) -> None:
    doc = json.loads(hub_enrollment.create_hub_kit(hubs.hub, form_texts=[], today=TODAY))
    doc["payload"]["disclosure"]["threshold"] = 5
    with pytest.raises(NapError) as info:
        join_document(hubs.hub, hubs.coordinator, json.dumps(doc).encode(), path="k")
    assert info.value.code is ErrorCode.KIT_BAD_SIGNATURE and _membership(hubs.coordinator) is None


def test_kits_of_one_level_are_never_taken_for_the_other(hubs: Hubs) -> None:
    hub_kit = hub_enrollment.create_hub_kit(hubs.hub, form_texts=[], today=TODAY)
    data, code = sealed_kit(hubs.hub, hub_kit)
    with pytest.raises(NapError) as info:
        enrollment.enroll(hubs.monitor, data, path="hub.kit", today=TODAY, code=code)
    assert info.value.code is ErrorCode.KIT_BAD and hubs.monitor.get_setting("coordinator_fingerprint", None) is None
    coordinator_kit = enrollment.create_kit(hubs.coordinator, form_texts=[MINI_FORM], today=TODAY)
    with pytest.raises(NapError) as info:
        join_document(hubs.coordinator, hubs.coordinator, coordinator_kit, path="kit")
    assert info.value.code is ErrorCode.KIT_BAD and _membership(hubs.coordinator) is None
    with pytest.raises(NapError) as info:
        hub_enrollment.create_hub_kit(hubs.coordinator, today=TODAY)
    assert info.value.code is ErrorCode.VAULT_ROLE


def test_a_hub_approves_only_coordinators_and_a_coordinator_only_monitors(hubs: Hubs) -> None:
    monitor_card = enrollment.read_card(enrollment.device_card_document(hubs.monitor, today=TODAY), "m")
    with pytest.raises(NapError) as info:
        enrollment.approve_device(hubs.hub, monitor_card, today=TODAY)
    assert info.value.code is ErrorCode.CARD_BAD and store.devices(hubs.hub.vault.connection) == []
    coordinator_card = enrollment.read_card(enrollment.device_card_document(hubs.coordinator, today=TODAY), "c")
    other = make_session(hubs.hub.home.parent / "c2", "coordinator")
    try:
        with pytest.raises(NapError) as info:
            enrollment.approve_device(other, coordinator_card, today=TODAY)
        assert info.value.code is ErrorCode.CARD_BAD and store.devices(other.vault.connection) == []
    finally:
        other.lock()


def test_raw_counts_of_a_high_sensitivity_form_are_never_asked_nor_agreed(hubs: Hubs) -> None:
    with pytest.raises(NapError) as info:
        hub_enrollment.create_hub_kit(hubs.hub, form_texts=[HIGH_FORM], raw_requests=["crsv_incident"], today=TODAY)
    assert info.value.code is ErrorCode.HUB_KIT_RAW_HIGH and hubs.hub.get_setting(hub_enrollment.KIT_SERIAL_SETTING,
                                                                                   None) is None
    kit = hub_enrollment.create_hub_kit(hubs.hub, form_texts=[], raw_requests=["crsv_incident", "mini_survey"],
                                        today=TODAY)
    join_document(hubs.hub, hubs.coordinator, kit, path="k")
    install_form(hubs.coordinator.vault, HIGH_FORM, "kit")  # the coordinator runs the high form
    with pytest.raises(NapError) as info:
        hub_export.set_sharing(hubs.coordinator, raw_agreed=["crsv_incident"])
    assert info.value.code is ErrorCode.HUB_KIT_RAW_HIGH
    assert hubs.coordinator.get_setting(hub_export.RAW_AGREED_SETTING, None) is None
    view = hub_export.set_sharing(hubs.coordinator, raw_agreed=["mini_survey"], twinning=True)
    assert view.raw_agreed == ["mini_survey"] and view.twinning is True


def test_a_common_indicator_set_is_checked(hubs: Hubs, tmp_path: Path) -> None:
    path = tmp_path / "indicators.yaml"
    path.write_text("- {scheme: S/2010/498, code: 3, form_id: mini_survey, indicator: safe_by_region}\n",
                    encoding="utf-8")
    [item] = hub_enrollment.read_indicator_set(path)
    assert item.code == "3"
    path.write_text("- {scheme: S/2010/498, code: 3}\n", encoding="utf-8")
    with pytest.raises(NapError) as info:
        hub_enrollment.read_indicator_set(path)
    assert info.value.code is ErrorCode.HUB_INDICATORS_FILE
    wrong = hub_enrollment.CommonIndicator(scheme="S/2010/498", code="3", form_id="mini_survey", indicator="nope")
    with pytest.raises(NapError) as info:
        hub_enrollment.create_hub_kit(hubs.hub, form_texts=[MINI_FORM], indicators=[wrong], today=TODAY)
    assert info.value.code is ErrorCode.HUB_INDICATORS_FILE
