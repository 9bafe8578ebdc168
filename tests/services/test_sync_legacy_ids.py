"""What earlier versions made under the 48-bit short id still works after the upgrade (finding M3).

A bundle, a device card or a receipt written before fingerprints grew to
133 bits names the device by its short id; each is recognised through the
key it is signed with, and filed under the device's fingerprint.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from nacl.signing import SigningKey

from napsurvey.bundle.build import make_body
from napsurvey.bundle.documents import sign_document
from napsurvey.bundle.envelope import body_bytes, build_frame, encrypt_frame, signature_message
from napsurvey.bundle.formats import AggregateTable, Cell, Denominators, DeviceCard, Tables
from napsurvey.bundle.keys import age_recipient, b64
from napsurvey.services import enrollment, sync_import
from napsurvey.vault.fingerprint import legacy_short_id
from napsurvey.vault.store import Vault
from tests.bundle.homes import PASSPHRASE, TODAY, Homes, make_homes


@pytest.fixture
def homes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Homes]:
    monkeypatch.setenv("NAPSURVEY_TEST_FAST_KDF", "1")
    made = make_homes(tmp_path)
    yield made
    made.close()


def _old_bundle(homes: Homes, sequence: int, prev: str = "") -> tuple[bytes, str]:
    recipient = age_recipient(homes.coordinator.vault.box_public_key)
    tables = Tables(
        aggregates=[AggregateTable(form_id="mini_survey", form_versions=["2026.1"], indicator="services_used",
                                   question="services", dimensions=[], period="month",
                                   cells=[Cell(key=["health", "2026-11"], count=4, key_sum=7)])],
        denominators=[Denominators(form_id="mini_survey", form_versions=["2026.1"], period="2026-11", interviews=4, key_sum=11)],
    )
    body = make_body(tables, bundle_id=f"{sequence:032x}", device_id=legacy_short_id(homes.monitor.vault.signing_public_key),
                     sequence=sequence, created_day=TODAY, prev_hash=prev, recipients=[recipient])
    raw = body_bytes(body)
    signature = SigningKey(bytes(homes.monitor.vault.signing_key())).sign(
        signature_message(raw, body.manifest.recipient_fingerprint, prev)).signature
    from napsurvey.bundle.canonical import sha256_hex

    return encrypt_frame(build_frame(raw, signature), [recipient]), sha256_hex(raw)


def test_a_bundle_made_under_the_short_id_imports_and_is_filed_under_the_fingerprint(homes: Homes, tmp_path: Path) -> None:
    data, first_hash = _old_bundle(homes, 2)
    (tmp_path / "old.dat").write_bytes(data)
    report = sync_import.import_bundles(homes.coordinator, [tmp_path / "old.dat"], today=TODAY)
    assert report.ok, report.outcomes
    assert report.gaps == [f"device {homes.monitor.fingerprint}: bundle 1 missing"]
    data, _ = _old_bundle(homes, 3, prev="0" * 64)
    (tmp_path / "forked.dat").write_bytes(data)
    out = sync_import.import_bundles(homes.coordinator, [tmp_path / "forked.dat"], today=TODAY).outcomes[0]
    assert out.code is not None and out.code.name == "BUNDLE_FORKED"  # one chain per device, whatever id named it


def test_a_card_made_under_the_short_id_is_approved_under_the_fingerprint(homes: Homes, tmp_path: Path) -> None:
    other, _ = Vault.create(tmp_path / "other", "monitor", PASSPHRASE)
    with other:
        card = DeviceCard(format_version=1, device_id=legacy_short_id(other.signing_public_key),
                          signing_key=b64(other.signing_public_key), box_key=b64(other.box_public_key),
                          role="monitor", label="old laptop", created_day=TODAY)
        data = sign_document("card", card, bytes(other.signing_key()))
        device = enrollment.approve_device(homes.coordinator, enrollment.read_card(data, "card"), today=TODAY).device
        assert device.device_id == other.fingerprint
