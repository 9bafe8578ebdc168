"""A crash while a coordinator writes its bundle for the hub never wedges it (finding M4, one level up).

The upward export used to write the file inside the transaction that
recorded the bundle: a crash between the write and COMMIT left a valid
signed bundle on the stick that the coordinator's vault did not know, and
the next export made a *different* bundle with the same number, which the
hub refuses (BUNDLE_SEQUENCE_CONFLICT, then BUNDLE_FORKED for every later
one). Now, as for a monitor's bundle, the vault records the bundle before the
file exists and the next export writes that same bundle again.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from napsurvey.errors import ErrorCode, NapError
from napsurvey.services import hub_export, hub_import
from napsurvey.services.session import Session
from napsurvey.vault.store import Vault
from tests.bundle.homes import PASSPHRASE, make_session
from tests.hub.levels import TODAY, make_country, pin_hub

_CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from napsurvey.services import hub_export
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
    hub_export.export_to_hub(session, out, today=sys.argv[5], write=pausing)
    """
)


def _homes(root: Path) -> tuple[Path, Path]:
    hub = make_session(root / "hub", "hub")
    country = make_country(root, "Liberia", monitors=1, per_quarter=20, rng=random.Random(3))
    try:
        pin_hub(country.coordinator, hub, "Liberia")
    finally:
        for s in (hub, country.coordinator, *country.monitors):
            s.lock()
    return root / "hub", country.coordinator.home


def _open(home: Path) -> Session:
    return Session(home, Vault.open(home, PASSPHRASE))


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
@pytest.mark.parametrize("when", ["after", "before"])
def test_kill_9_during_an_upward_export_and_the_next_one_reissues_the_same_bundle(tmp_path: Path, when: str) -> None:
    hub_home, coordinator_home = _homes(tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    orphan = stick / "orphan.dat"
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(coordinator_home), str(orphan), when, PASSPHRASE, TODAY],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == ("written" if when == "after" else "about to write")
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()
    assert orphan.exists() is (when == "after")

    hub, coordinator = _open(hub_home), _open(coordinator_home)
    try:
        if when == "after":  # the orphan reaches the hub first
            first = hub_import.import_member_bundles(hub, [orphan], today=TODAY)
            assert first.ok and first.outcomes[0].status == "imported"
        view = hub_export.membership_view(coordinator)
        assert view is not None and view.unwritten
        again = hub_export.export_to_hub(coordinator, stick, today=TODAY)
        assert again.sequence == 1 and again.reissued and len(again.releases) == 2
        report = hub_import.import_member_bundles(hub, [again.path], today=TODAY)
        assert report.ok, report.outcomes  # imported, or recognised as the very same bundle
        assert report.outcomes[0].status == ("duplicate" if when == "after" else "imported")
        # The coordinator goes on: its next bundle follows the first and the hub takes it.
        hub_export.set_sharing(coordinator, twinning=True)
        later = hub_export.export_to_hub(coordinator, stick, today=TODAY)
        assert later.sequence == 2 and not later.reissued
        assert hub_import.import_member_bundles(hub, [later.path], today=TODAY).ok
    finally:
        hub.lock()
        coordinator.lock()


def test_a_failed_write_leaves_the_upward_bundle_to_be_written_next_time_never_a_different_one(tmp_path: Path) -> None:
    _hub_home, coordinator_home = _homes(tmp_path)
    coordinator = _open(coordinator_home)
    try:
        def full_disk(path: Path, data: bytes) -> str:
            raise NapError(ErrorCode.DISK_FULL, path=path.name)

        with pytest.raises(NapError) as err:
            hub_export.export_to_hub(coordinator, tmp_path / "a.dat", today=TODAY, write=full_disk)
        assert err.value.code is ErrorCode.DISK_FULL
        [pending] = hub_export.list_upward(coordinator)
        done = hub_export.export_to_hub(coordinator, tmp_path / "b.dat", today=TODAY)
        assert (done.bundle_id, done.sequence, done.reissued) == (pending.bundle_id, 1, True)
        assert [b.bundle_id for b in hub_export.list_upward(coordinator)] == [pending.bundle_id]
        with pytest.raises(NapError) as err:
            hub_export.export_to_hub(coordinator, tmp_path / "c.dat", today=TODAY)
        assert err.value.code is ErrorCode.HUB_NOTHING_TO_EXPORT
    finally:
        coordinator.lock()
