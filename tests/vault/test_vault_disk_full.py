"""A full disk is called a full disk (finding M8).

On a full disk unlock said ``VAULT_CORRUPT`` (the vault was fine) and
back-entry said ``INTERNAL``. These run on a real full filesystem (a tiny
tmpfs in a private namespace), at many levels of free space, and on a
write-ahead log that cannot grow (``/dev/full``), which needs no namespace.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from napsurvey.cli.main import main
from napsurvey.errors import ErrorCode
from napsurvey.vault.store import Vault
from tests.answer_sets import ANSWERS
from tests.vault import small_disk
from tests.vault.conftest import PASSPHRASE


def _paper(n: int) -> str:
    """``n`` valid paper questionnaires of the shipped community safety form, as JSON Lines."""
    return "".join(
        json.dumps({"@paper_id": f"D-{i + 1:05d}", **ANSWERS["community_safety"], "@date": f"2026-0{1 + i % 3}-1{i % 9}"}) + "\n"
        for i in range(n)
    )


needs_namespace = pytest.mark.skipif(not small_disk.available(), reason="needs unprivileged user namespaces (Linux)")

UNLOCK = small_disk.FILL + f"""
import json, sys
from pathlib import Path
from napsurvey.cli.main import main
from napsurvey.services.session import create_vault
import contextlib, io
mount = Path(sys.argv[1])
home = mount / "home"
create_vault(home, "monitor", {PASSPHRASE!r})
results = {{}}
import os
os.environ["NAPSURVEY_PASSPHRASE"] = {PASSPHRASE!r}
for leave in (0, 2, 4, 6, 8, 12, 16, 24, 32, 48, 64):
    fill(str(mount), leave)
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["--home", str(home), "status"])
    results[leave] = err.getvalue().strip() if code else "ok"
os.unlink(mount / "filler")
err = io.StringIO()
with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
    results["after"] = "ok" if main(["--home", str(home), "status"]) == 0 else err.getvalue()
print(json.dumps(results))
"""


@needs_namespace
def test_unlock_on_a_full_disk_says_disk_full_at_every_level_of_free_space(tmp_path: Path) -> None:
    done = small_disk.run(UNLOCK, tmp_path / "mnt", 4096)
    assert done.returncode == 0, done.stderr[-2000:]
    results = json.loads(done.stdout.strip().splitlines()[-1])
    assert results.pop("after") == "ok"
    for leave, outcome in results.items():
        assert outcome == "ok" or outcome.startswith("error DISK_FULL:"), (leave, outcome)
    assert any(o.startswith("error DISK_FULL:") for o in results.values())


BACK_ENTRY = small_disk.FILL + f"""
import contextlib, io, json, os, sys
from pathlib import Path
from napsurvey.cli.main import main
from napsurvey.services.session import create_vault, unlock
from napsurvey.vault.repo.records import count_records
mount = Path(sys.argv[1])
home = mount / "home"
create_vault(home, "monitor", {PASSPHRASE!r})
os.environ["NAPSURVEY_PASSPHRASE"] = {PASSPHRASE!r}
answers = Path(sys.argv[1]).parent / "paper.jsonl"   # outside the small disk
err = io.StringIO()
fill(str(mount), 160)
with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
    code = main(["--home", str(home), "interview", "--form", "community_safety", "--answers", str(answers)])
os.unlink(mount / "filler")
with unlock(home, {PASSPHRASE!r}) as session:
    ok = session.vault.connection.execute("PRAGMA integrity_check").fetchone()[0]
    stored = count_records(session.vault)
print(json.dumps({{"code": code, "stderr": err.getvalue(), "integrity": ok, "stored": stored}}))
"""


@needs_namespace
def test_back_entry_on_a_full_disk_says_disk_full(tmp_path: Path) -> None:
    (tmp_path / "paper.jsonl").write_text(_paper(6000))
    done = small_disk.run(BACK_ENTRY, tmp_path / "mnt", 4096)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 1
    lines = result["stderr"].strip().splitlines()
    assert lines[-1].startswith("error DISK_FULL:"), lines
    assert not any("INTERNAL" in line for line in lines)
    assert result["integrity"] == "ok"


def test_sqlite_errors_of_a_full_disk_and_of_a_busy_database_are_coded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlcipher3 import dbapi2 as sqlite

    from napsurvey.vault import connection

    path = tmp_path / "x.db"
    conn = sqlite.connect(str(path), isolation_level=None)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA max_page_count = 3")
    with pytest.raises(sqlite.OperationalError) as full:
        conn.execute("INSERT INTO t VALUES (randomblob(100000))")
    refusal = connection.coded(full.value, path)
    assert refusal is not None and refusal.code is ErrorCode.DISK_FULL and "x.db" in refusal.message
    other = sqlite.connect(str(path), isolation_level=None, timeout=0)
    conn.execute("BEGIN IMMEDIATE")
    with pytest.raises(sqlite.OperationalError) as busy:
        other.execute("BEGIN IMMEDIATE")
    refusal = connection.coded(busy.value, path)
    assert refusal is not None and refusal.code is ErrorCode.VAULT_LOCKED_BY_OTHER
    conn.execute("ROLLBACK")

    class IoError(Exception):
        sqlite_errorname = "SQLITE_IOERR_WRITE"

    assert connection.coded(IoError(), path) is None  # plenty of space: damage, not a full disk
    nearly_full = SimpleNamespace(total=1 << 30, used=(1 << 30) - 4096, free=4096)
    monkeypatch.setattr(connection.shutil, "disk_usage", lambda _path: nearly_full)
    refusal = connection.coded(IoError(), path)
    assert refusal is not None and refusal.code is ErrorCode.DISK_FULL
    conn.close()
    other.close()


def test_back_entry_that_fills_the_database_says_disk_full_and_stores_nothing_of_that_batch(
    made: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from napsurvey.services.session import create_vault
    from napsurvey.vault import connection

    home = tmp_path / "bhome"
    create_vault(home, "monitor", PASSPHRASE)
    answers = tmp_path / "paper.jsonl"
    answers.write_text(_paper(1500))
    real = connection.configure

    def capped(conn: object, data_key: bytearray, path: Path | None = None) -> None:
        real(conn, data_key, path)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]  # type: ignore[attr-defined]
        conn.execute(f"PRAGMA max_page_count = {pages + 20}")  # type: ignore[attr-defined]  # SQLite's own "disk full"

    monkeypatch.setattr(connection, "configure", capped)
    monkeypatch.setenv("NAPSURVEY_PASSPHRASE", PASSPHRASE)
    assert main(["--home", str(home), "interview", "--form", "community_safety", "--answers", str(answers)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("error DISK_FULL:"), err
    monkeypatch.undo()
    with Vault.open(home, PASSPHRASE) as vault:
        assert vault.connection.execute("SELECT count(*) FROM records").fetchone()[0] == 0
