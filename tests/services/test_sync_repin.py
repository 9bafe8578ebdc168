"""After a coordinator's key is lost, the monitor can move to the new coordinator only by confirming it (finding H1).

A kit signed by another key is refused (KIT_OTHER_COORDINATOR) unless the
monitor confirms, locally, the fingerprint the new coordinator reads aloud:
``replace_coordinator`` must be exactly the fingerprint computed from the new
kit's signing key. The audit log records the move from one to the other.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from napsurvey.cli.main import main
from napsurvey.errors import ErrorCode, NapError
from napsurvey.services import enrollment, sync_export, sync_import
from napsurvey.vault.repo.settings import get_setting
from tests.bundle.homes import (
    MINI_FORM,
    PASSPHRASE,
    TODAY,
    Homes,
    add_records,
    approve,
    make_homes,
    make_session,
    sealed_kit,
)


@pytest.fixture
def homes(tmp_path: Path) -> Iterator[Homes]:
    h = make_homes(tmp_path)
    yield h
    h.close()


def test_a_new_coordinator_is_pinned_only_once_the_monitor_confirms_its_fingerprint(homes: Homes, tmp_path: Path) -> None:
    add_records(homes.monitor, 6)
    sync_export.export_bundle(homes.monitor, tmp_path, today=TODAY)  # bundle 1 went to the old coordinator
    homes.coordinator.lock()  # the old coordinator's laptop is gone, and its key with it
    new = make_session(tmp_path / "new coordinator", "coordinator")
    try:
        data, code = sealed_kit(new, enrollment.create_kit(new, form_texts=[MINI_FORM], today=TODAY))
        with pytest.raises(NapError) as err:
            enrollment.enroll(homes.monitor, data, path="kit", today=TODAY, code=code)
        assert err.value.code is ErrorCode.KIT_OTHER_COORDINATOR
        with pytest.raises(NapError) as err:  # a fingerprint that is not the new kit's: nothing changes
            enrollment.enroll(homes.monitor, data, path="kit", today=TODAY, code=code,
                              replace_coordinator=homes.coordinator.fingerprint)
        assert err.value.code is ErrorCode.KIT_REPIN_MISMATCH
        assert get_setting(homes.monitor.vault, "coordinator_fingerprint") == homes.coordinator.fingerprint

        typed = new.fingerprint.replace("-", " ")  # as heard, in groups
        done = enrollment.enroll(homes.monitor, data, path="kit", today=TODAY, code=code, replace_coordinator=typed)
        assert done.coordinator_fingerprint == new.fingerprint and done.replaced
        assert get_setting(homes.monitor.vault, "coordinator_fingerprint") == new.fingerprint
        events = [(e.event, e.detail) for e in homes.monitor.audit()]
        assert ("coordinator_replaced", f"{homes.coordinator.fingerprint} -> {new.fingerprint}") in events

        # From now on bundles go to the new coordinator, which approves the device and imports them.
        approve(new, homes.monitor)
        add_records(homes.monitor, 4, seed=7)
        bundle = sync_export.export_bundle(homes.monitor, tmp_path / "b2.dat", today=TODAY)
        report = sync_import.import_bundles(new, [bundle.path], today=TODAY)
        assert report.ok and report.outcomes[0].sequence == 2
    finally:
        new.lock()


def test_the_command_line_confirms_with_replace_coordinator(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("NAPSURVEY_PASSPHRASE", PASSPHRASE)
    homes = make_homes(tmp_path / "h")
    homes.close()
    new = make_session(tmp_path / "new", "coordinator")
    try:
        data, code = sealed_kit(new, enrollment.create_kit(new, form_texts=[MINI_FORM], today=TODAY))
        fingerprint = new.fingerprint
    finally:
        new.lock()
    kit = tmp_path / "kit.dat"
    kit.write_bytes(data)
    home = str(tmp_path / "h" / "monitor")
    assert main(["--home", home, "enroll", str(kit), "--code", code]) == 1
    assert "KIT_OTHER_COORDINATOR" in capsys.readouterr().err
    assert main(["--home", home, "enroll", str(kit), "--code", code, "--replace-coordinator", fingerprint]) == 0
    out = capsys.readouterr().out
    assert f"Replaced the coordinator: now {fingerprint}" in out
