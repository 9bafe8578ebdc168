"""A crash during export never wedges the device (finding M4).

Before: the file was written inside the transaction that recorded the
bundle; a crash between the write and COMMIT left a valid signed bundle on
the stick whose records the vault had not marked. The next export made a
*different* bundle with the same number: if the orphan reached the
coordinator first, the real one was refused (BUNDLE_SEQUENCE_CONFLICT) and
every later one with BUNDLE_FORKED, with no way back.

Now the vault records the bundle before the file exists, and the next export
re-issues that same bundle (same id, sequence and content). The child
process is killed with SIGKILL at each point of the export.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from napsurvey.errors import ErrorCode, NapError
from napsurvey.services import sync_export, sync_import
from napsurvey.services.session import Session
from napsurvey.vault.store import Vault
from tests.bundle.homes import MINI_FORM, PASSPHRASE, TODAY, add_records, approve, enroll_document, make_session

_CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from napsurvey.services import sync_export
    from napsurvey.services.files import write_verified
    from napsurvey.services.session import unlock

    home, out, when = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]

    def pausing(path, data):
        if when == "before":
            print("about to write", flush=True)
            time.sleep(600)
        digest = write_verified(path, data)
        print("written", flush=True)
        time.sleep(600)  # killed here: the file is on the stick, the export has not finished
        return digest

    session = unlock(home, sys.argv[4])
    sync_export.export_bundle(session, out, today=sys.argv[5], write=pausing)
    """
)


def _homes(root: Path) -> tuple[Path, Path]:
    from napsurvey.services import enrollment

    coordinator = make_session(root / "coordinator", "coordinator")
    monitor = make_session(root / "monitor", "monitor")
    try:
        enroll_document(coordinator, monitor, enrollment.create_kit(coordinator, form_texts=[MINI_FORM], today=TODAY))
        approve(coordinator, monitor)
        add_records(monitor, 12)
    finally:
        coordinator.lock()
        monitor.lock()
    return root / "coordinator", root / "monitor"


def _crash_export(monitor: Path, out: Path, when: str) -> None:
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(monitor), str(out), when, PASSPHRASE, TODAY],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == ("written" if when == "after" else "about to write")
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()


def _open(home: Path) -> Session:
    return Session(home, Vault.open(home, PASSPHRASE))


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
@pytest.mark.parametrize("when", ["after", "before"])
def test_kill_9_during_export_and_the_next_export_reissues_the_same_bundle(tmp_path: Path, when: str) -> None:
    coordinator_home, monitor_home = _homes(tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    orphan = stick / "orphan.dat"
    _crash_export(monitor_home, orphan, when)
    assert orphan.exists() is (when == "after")

    coordinator, monitor = _open(coordinator_home), _open(monitor_home)
    try:
        if when == "after":  # the orphan reaches the coordinator first
            first = sync_import.import_bundles(coordinator, [orphan], today=TODAY)
            assert first.ok and first.outcomes[0].status == "imported"
        again = sync_export.export_bundle(monitor, stick, today=TODAY)
        report = sync_import.import_bundles(coordinator, [again.path], today=TODAY)
        assert report.ok, report.outcomes  # imported, or recognised as the very same bundle
        assert report.outcomes[0].status == ("duplicate" if when == "after" else "imported")
        assert again.sequence == 1 and again.reissued
        # The device goes on: its next bundle follows the first.
        add_records(monitor, 5, seed=2)
        later = sync_export.export_bundle(monitor, stick, today=TODAY)
        assert later.sequence == 2 and not later.reissued
        assert sync_import.import_bundles(coordinator, [later.path], today=TODAY).ok
        assert monitor.vault.connection.execute("SELECT count(*) FROM records WHERE bundle_id IS NULL").fetchone()[0] == 0
        assert sync_import.gaps(coordinator) == []
    finally:
        coordinator.lock()
        monitor.lock()


def test_a_failed_write_leaves_the_bundle_to_be_written_next_time_never_a_different_one(tmp_path: Path) -> None:
    coordinator_home, monitor_home = _homes(tmp_path)
    monitor = _open(monitor_home)
    try:
        def full_disk(path: Path, data: bytes) -> str:
            raise NapError(ErrorCode.DISK_FULL, path=path.name)

        with pytest.raises(NapError) as err:
            sync_export.export_bundle(monitor, tmp_path / "a.dat", today=TODAY, write=full_disk)
        assert err.value.code is ErrorCode.DISK_FULL
        [pending] = sync_export.list_exports(monitor)
        assert pending.written_day is None
        add_records(monitor, 3, seed=4)  # more interviews meanwhile: they wait for the next bundle
        done = sync_export.export_bundle(monitor, tmp_path / "b.dat", today=TODAY)
        assert (done.bundle_id, done.sequence, done.reissued, done.records) == (pending.bundle_id, 1, True, 12)
        [written] = sync_export.list_exports(monitor)
        assert written.written_day == TODAY
        assert sync_export.export_bundle(monitor, tmp_path / "c.dat", today=TODAY).records == 3
    finally:
        monitor.lock()
