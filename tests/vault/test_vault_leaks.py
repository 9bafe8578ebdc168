"""After a scripted session a canary string appears in no file outside the encrypted store."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

_SESSION = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from napsurvey.vault.store import Vault
    from napsurvey.vault.shipped import shipped_forms
    from napsurvey.vault.repo import drafts, records, settings
    from napsurvey.vault.repo.records import NewRecord

    home, canary = Path(sys.argv[1]), sys.argv[2]
    vault, _ = Vault.create(home, "monitor", "correct horse 42", forms=shipped_forms())
    vault.close()
    vault = Vault.open(home, "correct horse 42")
    settings.put_setting(vault, "note", canary)
    draft = drafts.create_draft(vault, "community_safety", "2026.1", {"answers": {}})
    for i in range(50):
        drafts.save_draft(vault, draft, {"answers": {"name": canary + str(i), "big": "x" * 3000}})
    records.insert_records(vault, [NewRecord("community_safety", "2026.1", "2025-01", {"q": canary})] * 200)
    # a sort larger than the page cache would spill to a temp file with temp_store=FILE
    vault.connection.execute("SELECT data FROM records ORDER BY data || id").fetchall()
    print("open", flush=True)
    sys.stdin.readline()
    drafts.delete_draft(vault, draft)
    vault.close()
    print("closed", flush=True)
    """
)


def _files_containing(root: Path, needle: bytes, since: float | None = None) -> list[Path]:
    found = []
    for dirpath, _dirs, names in os.walk(root):
        for name in names:
            path = Path(dirpath) / name
            try:
                if not path.is_file() or (since is not None and path.stat().st_mtime < since):
                    continue
                if path.stat().st_size > 64 * 1024 * 1024:
                    continue
                if needle in path.read_bytes():
                    found.append(path)
            except OSError:
                continue
    return found


def test_canary_is_in_no_file_of_home_or_temp_folders(tmp_path: Path) -> None:
    canary = "CANARY-" + secrets.token_hex(8)
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    tmp.mkdir()
    started = time.time() - 1
    env = {**os.environ, "TMPDIR": str(tmp), "SQLITE_TMPDIR": str(tmp)}
    child = subprocess.Popen(
        [sys.executable, "-c", _SESSION, str(home), canary],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env,
    )
    assert child.stdout is not None and child.stdin is not None
    try:
        assert child.stdout.readline().strip() == "open"
        # While the vault is open: -wal exists and must be encrypted too.
        assert (home / "vault.db-wal").exists()
        for needle in (canary.encode(), canary.encode("utf-16-le")):
            assert _files_containing(home, needle) == []
            assert _files_containing(tmp, needle) == []
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "closed"
    finally:
        child.stdin.close()
        child.wait(timeout=60)
    assert child.returncode == 0
    for needle in (canary.encode(), canary.encode("utf-16-le")):
        assert _files_containing(home, needle) == []
        assert _files_containing(tmp, needle) == []
        assert _files_containing(Path(tempfile.gettempdir()), needle, since=started) == []
    assert sorted(p.name for p in home.iterdir()) == ["vault.db", "vault.key", "vault.lock"]
