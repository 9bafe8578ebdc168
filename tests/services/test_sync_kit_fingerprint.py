"""A kit is judged by the key that signed it, not by the fingerprint it claims (finding H1).

The attack: swap the kit file for one signed by your own key that writes the
real coordinator's fingerprint into ``coordinator_fingerprint``. The monitor
read that claim aloud, it matched, and the attacker was pinned for good:
every later bundle sealed to them, their forms and referral directory shown to
survivors, their receipts purging records. The fingerprint shown is now
computed from the signing key, and a kit whose claim differs is refused.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from napsurvey.bundle import sealed
from napsurvey.bundle.documents import sign_document
from napsurvey.bundle.formats import DOCUMENT_FORMAT_VERSION, Disclosure, Kit
from napsurvey.bundle.keys import b64
from napsurvey.errors import ErrorCode, NapError
from napsurvey.services import enrollment
from napsurvey.vault.fingerprint import fingerprint
from napsurvey.vault.repo.settings import get_setting
from tests.bundle.homes import MINI_FORM, TODAY, Homes, enroll_document, make_homes, make_session


@pytest.fixture
def homes(tmp_path: Path) -> Iterator[Homes]:
    h = make_homes(tmp_path)
    yield h
    h.close()


def _swapped_kit(tmp_path: Path, claimed: str) -> bytes:
    attacker = make_session(tmp_path / "attacker", "coordinator")
    try:
        vault = attacker.vault
        kit = Kit(format_version=DOCUMENT_FORMAT_VERSION, kit_serial=1, created_day=TODAY,
                  coordinator_signing_key=b64(vault.signing_public_key), coordinator_box_key=b64(vault.box_public_key),
                  coordinator_fingerprint=claimed, forms=[MINI_FORM], disclosure=Disclosure(threshold=10, threshold_high=20))
        return sign_document("kit", kit, bytes(vault.signing_key()))
    finally:
        attacker.lock()


def test_a_swapped_kit_claiming_the_real_coordinators_fingerprint_is_refused(homes: Homes, tmp_path: Path) -> None:
    fresh = make_session(tmp_path / "fresh monitor", "monitor")
    try:
        code = sealed.new_enrollment_code()  # the attacker's own: they cannot know the coordinator's
        data = sealed.seal_with_code(_swapped_kit(tmp_path, claimed=homes.coordinator.fingerprint), code)
        with pytest.raises(NapError) as err:
            enrollment.enroll(fresh, data, path="kit", today=TODAY, code=code)
        assert err.value.code is ErrorCode.KIT_FINGERPRINT_MISMATCH
        assert fresh.vault.connection.execute("SELECT count(*) FROM sync_kit").fetchone()[0] == 0
    finally:
        fresh.lock()


def test_the_fingerprint_shown_and_stored_is_the_one_computed_from_the_signing_key(homes: Homes) -> None:
    kit = enrollment.create_kit(homes.coordinator, form_texts=[MINI_FORM], today=TODAY)
    checked = enrollment.verify_kit(kit, "kit")
    assert checked.fingerprint == fingerprint(homes.coordinator.vault.signing_public_key) == homes.coordinator.fingerprint
    done = enroll_document(homes.coordinator, homes.monitor, kit)
    assert done.coordinator_fingerprint == homes.coordinator.fingerprint
    assert get_setting(homes.monitor.vault, "coordinator_fingerprint") == homes.coordinator.fingerprint
