"""Scrubbing the write-ahead log is safe at every step (finding M1, the vault side)."""

from __future__ import annotations

import shutil
from pathlib import Path

from napsurvey.vault.connection import Database, open_connection
from napsurvey.vault.keyfile import new_data_key
from napsurvey.vault.repo import drafts
from tests.vault import sqlcipher_pages
from tests.vault.conftest import PASSPHRASE


def _db(path: Path, key: bytearray) -> Database:
    return Database(open_connection(path, key), path)


def test_the_scrub_leaves_an_empty_log_and_every_row(tmp_path: Path) -> None:
    key = new_data_key()
    path = tmp_path / "x.db"
    db = _db(path, key)
    with db.transaction() as conn:
        conn.execute("CREATE TABLE t (x TEXT)")
    for i in range(50):
        with db.transaction() as conn:
            conn.execute("INSERT INTO t VALUES (?)", (f"row-{i}-SECRET",))
    with db.transaction() as conn:
        conn.execute("DELETE FROM t WHERE x LIKE 'row-1%'")
        db.scrub_log()
        assert Path(f"{path}-wal").stat().st_size > 0  # inside the transaction: not yet
    assert Path(f"{path}-wal").stat().st_size == 0
    images = sqlcipher_pages.everything(tmp_path, bytes(key), "x.db")
    assert not sqlcipher_pages.holds(images, "row-1-SECRET") and not sqlcipher_pages.holds(images, "row-12-SECRET")
    assert sqlcipher_pages.holds(images, "row-2-SECRET")
    with db.transaction() as conn:  # and the log works on afterwards
        conn.execute("INSERT INTO t VALUES ('after')")
    assert db.conn.execute("SELECT count(*) FROM t").fetchone()[0] == 40
    db.close()
    db = _db(path, key)
    assert db.conn.execute("SELECT count(*) FROM t").fetchone()[0] == 40
    assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_a_crash_between_zeroing_and_truncating_leaves_a_complete_database(tmp_path: Path, monkeypatch: object) -> None:
    import pytest

    from napsurvey.vault import connection

    key = new_data_key()
    path = tmp_path / "x.db"
    db = _db(path, key)
    with db.transaction() as conn:
        conn.execute("CREATE TABLE t (x TEXT)")
        conn.executemany("INSERT INTO t VALUES (?)", [(f"r{i}",) for i in range(500)])
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    real_zero = connection.zero_file

    def zero_then_crash(wal: Path) -> None:
        real_zero(wal)
        for name in ("x.db", "x.db-wal"):  # the disk as a power cut would leave it
            shutil.copyfile(tmp_path / name, crashed / name)
        raise KeyboardInterrupt

    mp = pytest.MonkeyPatch()
    mp.setattr(connection, "zero_file", zero_then_crash)
    with pytest.raises(KeyboardInterrupt):
        db.scrub_log()
    mp.undo()
    db.close()
    assert (crashed / "x.db-wal").stat().st_size > 0 and set((crashed / "x.db-wal").read_bytes()) == {0}
    again = _db(crashed / "x.db", key)
    assert again.conn.execute("SELECT count(*) FROM t").fetchone()[0] == 500
    assert again.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    again.close()


def test_destroying_a_draft_scrubs_the_log_of_its_autosaved_versions(made: tuple[Path, str]) -> None:
    from napsurvey.vault.keyfile import KEY_NAME, KeyFile
    from napsurvey.vault.store import Vault

    home, _ = made
    key = KeyFile.read(home / KEY_NAME).unwrap_with_passphrase(PASSPHRASE)
    assert key is not None
    with Vault.open(home, PASSPHRASE) as vault:
        draft = drafts.create_draft(vault, "f", "1", {"name": "Amina-IDCANARY"})
        for i in range(20):
            drafts.save_draft(vault, draft, {"name": "Amina-IDCANARY", "step": i})
        assert sqlcipher_pages.holds(sqlcipher_pages.everything(home, bytes(key)), "Amina-IDCANARY")
        drafts.delete_draft(vault, draft)
        assert not sqlcipher_pages.holds(sqlcipher_pages.everything(home, bytes(key)), "Amina-IDCANARY")
