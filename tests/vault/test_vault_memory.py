"""After Lock, the process holds neither the data key nor the passphrase (finding M2).

The child unlocks the vault the way the app does (the passphrase arrives in a
mutable buffer, as the GUI and CLI hand it over), works a little, locks, and
then waits while the parent reads its whole memory through ``/proc/PID/mem``
looking for the data key (raw, in hex as the PRAGMA string had it, upper and
lower case) and the passphrase (UTF-8, UTF-16, UTF-32), and for the device's
private keys. A positive control scans the same child while it is unlocked.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from napsurvey.vault.keyfile import KEY_NAME, KeyFile
from napsurvey.vault.store import Vault
from tests.vault import process_memory

PASSPHRASE = "lantern meadow copper 7491"

_CHILD = textwrap.dedent(
    """
    import gc, os, sys
    from pathlib import Path
    from napsurvey.services.session import unlock

    def wait(word):
        print(word, flush=True)
        sys.stdin.readline()

    buf = bytearray(256)
    n = os.readv(int(sys.argv[2]), [buf])  # straight into a mutable buffer, no copy on the way
    secret = memoryview(buf)[:n]
    session = unlock(Path(sys.argv[1]), secret)
    status = session.status()
    wait("unlocked")
    session.lock()
    buf[:] = bytes(len(buf))
    del session, status, secret
    gc.collect()
    wait("locked")
    """
)


def _device_private_keys(home: Path, passphrase: str) -> dict[str, bytes]:
    with Vault.open(home, passphrase) as vault:
        seed, box = vault.connection.execute("SELECT signing_seed, box_private FROM identity WHERE id = 1").fetchone()
    return {"signing seed": bytes(seed), "box private key": bytes(box)}


@pytest.mark.skipif(not process_memory.available(), reason="needs /proc/PID/mem (Linux)")
def test_after_lock_no_data_key_no_passphrase_and_no_device_key_is_left_in_memory(tmp_path: Path) -> None:
    from napsurvey.services.session import create_vault

    home = tmp_path / "home"
    create_vault(home, "monitor", PASSPHRASE)
    data_key = KeyFile.read(home / KEY_NAME).unwrap_with_passphrase(PASSPHRASE)
    assert data_key is not None
    needles = process_memory.needles_for(PASSPHRASE, bytes(data_key))
    needles.update(_device_private_keys(home, PASSPHRASE))

    read_end, write_end = __import__("os").pipe()
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(home), str(read_end)], pass_fds=(read_end,),
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    import os

    os.close(read_end)
    os.write(write_end, PASSPHRASE.encode("utf-8"))
    os.close(write_end)
    assert child.stdin is not None and child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "unlocked"
        open_hits = process_memory.find(child.pid, needles)
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "locked"
        locked_hits = process_memory.find(child.pid, needles)
    finally:
        child.stdin.close()
        child.wait(timeout=60)
        child.stdout.close()
    # The scan sees secrets where they are: while unlocked, SQLCipher holds the key.
    assert "key bytes" in open_hits or "key hex" in open_hits, open_hits
    assert locked_hits == {}, f"secrets still in memory after Lock: {locked_hits}"
