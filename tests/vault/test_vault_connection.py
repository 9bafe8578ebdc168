from __future__ import annotations

from pathlib import Path

import pytest

from napsurvey.errors import ErrorCode, NapError
from napsurvey.vault import connection
from napsurvey.vault.connection import Database, open_connection
from napsurvey.vault.keyfile import new_data_key
from napsurvey.vault.store import Vault

PASSPHRASE = "correct horse 42"


def test_database_file_has_no_plaintext_sqlite_header(made: tuple[Path, str]) -> None:
    home, _ = made
    with Vault.open(home, PASSPHRASE) as vault:
        with vault.transaction() as conn:
            conn.execute("INSERT INTO settings(key, value) VALUES ('x', '1')")
        for name in ("vault.db", "vault.db-wal"):
            path = home / name
            if path.exists() and path.stat().st_size:
                assert not path.read_bytes().startswith(b"SQLite format 3")
    assert not (home / "vault.db").read_bytes().startswith(b"SQLite format 3")


def test_every_safety_setting_reads_back(made: tuple[Path, str]) -> None:
    home, _ = made
    with Vault.open(home, PASSPHRASE) as vault:
        conn = vault.connection
        assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert str(conn.execute("PRAGMA cipher_memory_security").fetchone()[0]) == "1"


@pytest.mark.parametrize(
    ("replace", "by", "setting"),
    [
        ("PRAGMA secure_delete = ON", "PRAGMA secure_delete = OFF", "secure_delete"),
        ("PRAGMA temp_store = MEMORY", "PRAGMA temp_store = FILE", "temp_store"),
        ("PRAGMA journal_mode = WAL", "PRAGMA journal_mode = DELETE", "journal_mode"),
        ("PRAGMA synchronous = FULL", "PRAGMA synchronous = NORMAL", "synchronous"),
    ],
)
def test_a_setting_that_does_not_hold_refuses_to_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, replace: str, by: str, setting: str
) -> None:
    monkeypatch.setattr(connection, "APPLY", tuple(by if s == replace else s for s in connection.APPLY))
    with pytest.raises(NapError) as err:
        open_connection(tmp_path / "x.db", new_data_key())
    assert err.value.code is ErrorCode.VAULT_INSECURE
    assert setting in err.value.message


def test_memory_security_reported_off_refuses_to_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Once on, SQLCipher keeps memory security on for the life of the process,
    # so simulate a build that reports it off.
    real = connection._read_setting  # noqa: SLF001 - simulate a build that reports a setting off
    monkeypatch.setattr(
        connection, "_read_setting", lambda conn, name: "0" if name == "cipher_memory_security" else real(conn, name)
    )
    with pytest.raises(NapError) as err:
        open_connection(tmp_path / "x.db", new_data_key())
    assert err.value.code is ErrorCode.VAULT_INSECURE


def test_a_non_sqlcipher_4_library_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connection, "cipher_version", lambda conn: "3.4.2")
    with pytest.raises(NapError) as err:
        open_connection(tmp_path / "x.db", new_data_key())
    assert err.value.code is ErrorCode.VAULT_INSECURE


def test_a_database_that_does_not_match_the_key_is_reported_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    Database(open_connection(path, new_data_key())).close()
    with pytest.raises(NapError) as err:
        open_connection(path, new_data_key())
    assert err.value.code is ErrorCode.VAULT_CORRUPT


def test_transaction_rolls_back_and_nested_block_is_a_savepoint(tmp_path: Path) -> None:
    db = Database(open_connection(tmp_path / "x.db", new_data_key()))
    db.conn.execute("CREATE TABLE t (x INTEGER)")
    with pytest.raises(RuntimeError), db.transaction() as conn:
        conn.execute("INSERT INTO t VALUES (1)")
        raise RuntimeError
    assert db.conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0
    with db.transaction() as conn:
        conn.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(RuntimeError), db.transaction() as inner:
            inner.execute("INSERT INTO t VALUES (2)")
            raise RuntimeError
        with db.transaction() as inner:
            inner.execute("INSERT INTO t VALUES (3)")
    assert [r[0] for r in db.conn.execute("SELECT x FROM t ORDER BY x")] == [1, 3]
    assert not db.in_transaction and not db.conn.in_transaction
    db.close()


def test_a_damaged_database_gives_one_coded_line_and_no_sqlcipher_log(tmp_path: Path) -> None:
    # In a fresh process: SQLCipher's log level is process-wide, so an earlier test could hide the noise.
    import subprocess
    import sys

    db = tmp_path / "vault.db"
    db.write_bytes(bytes(range(256)) * 40)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from napsurvey.errors import NapError\n"
        "from napsurvey.vault.connection import open_connection\n"
        "try:\n"
        "    open_connection(Path(sys.argv[1]), bytearray(32))\n"
        "except NapError as exc:\n"
        "    print(exc.code.name)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(db)], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "VAULT_CORRUPT"
    assert done.stderr == ""


def test_the_typed_connection_names_only_what_sqlcipher_has(tmp_path: Path) -> None:
    """mypy checks the vault's SQL against the Connection protocol; the real object must have all of it."""
    conn = open_connection(tmp_path / "x.db", new_data_key())
    try:
        for name in ("in_transaction", "execute", "executemany", "close"):
            assert hasattr(conn, name), name
        cursor = conn.execute("SELECT 1")
        for name in ("rowcount", "lastrowid", "fetchone", "fetchall", "fetchmany", "__iter__"):
            assert hasattr(cursor, name), name
        assert cursor.fetchone() == (1,)
    finally:
        conn.close()


def test_two_threads_reading_through_one_connection_never_break_its_statement_cache(made: tuple[Path, str]) -> None:
    """The desktop app draws an indicator on one worker thread while another writes the tables.

    Both use the session's one connection, and both ask for the forms with the same statement.
    Two threads preparing the same statement at once (SQLite prepares with the interpreter
    lock released) left the connection's statement cache with a node it no longer knew;
    a later statement then failed with a KeyError, and so did every one after it, the close
    included.
    """
    import threading

    home, _ = made
    errors: list[str] = []
    # Long statements take a while to prepare: the window in which the other thread comes in.
    padding = " AND ".join(f"key <> 'k{i}'" for i in range(300))
    statements = [f"SELECT {n}, count(*) FROM settings WHERE {padding}" for n in range(3 * connection.CACHED_STATEMENTS)]
    with Vault.open(home, PASSPHRASE) as vault:
        conn = vault.connection
        together = threading.Barrier(2)

        def read() -> None:
            try:
                for _ in range(60):
                    for n, sql in enumerate(statements):
                        together.wait()  # both threads ask for the same statement at the same moment
                        assert conn.execute(sql).fetchone()[0] == n
            except threading.BrokenBarrierError:
                pass  # the other thread failed
            except Exception as exc:  # noqa: BLE001  (reported below, by kind)
                errors.append(type(exc).__name__)
                together.abort()

        threads = [threading.Thread(target=read) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        assert conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone() is not None
