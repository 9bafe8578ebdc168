"""SIGKILL in the middle of a loop of committed inserts loses nothing committed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from napsurvey.vault.repo import records
from napsurvey.vault.store import Vault

PASSPHRASE = "correct horse 42"

_WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from napsurvey.vault.store import Vault
    from napsurvey.vault.repo.records import NewRecord, insert_record
    vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
    i = 0
    while True:
        i += 1
        print(f"committing {i}", flush=True)
        insert_record(vault, NewRecord("f", "1", "2025-01", {"i": i, "pad": "x" * 500}))
        print(f"committed {i}", flush=True)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_kill_9_during_committed_inserts_keeps_exactly_the_committed_rows(made: tuple[Path, str]) -> None:
    home, _ = made
    child = subprocess.Popen([sys.executable, "-c", _WRITER, str(home), PASSPHRASE], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    last_committed, last_started = 0, 0
    for line in child.stdout:
        word, number = line.split()
        if word == "committed":
            last_committed = int(number)
        else:
            last_started = int(number)
        if last_committed >= 300:
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    # Lines still in the pipe were written before the kill.
    for line in child.stdout:
        word, number = line.split()
        if word == "committed":
            last_committed = int(number)
        else:
            last_started = int(number)
    child.stdout.close()

    with Vault.open(home, PASSPHRASE) as vault:
        conn = vault.connection
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        count = records.count_records(vault)
        # Exactly the rows committed: every printed commit, plus the one in flight
        # only if its COMMIT reached the disk before the kill.
        assert count in {last_committed, last_started}
        assert last_started - last_committed in (0, 1)
        numbers = [int(r[0]) for r in conn.execute("SELECT json_extract(data, '$.i') FROM records ORDER BY id")]
        assert numbers == list(range(1, count + 1))
