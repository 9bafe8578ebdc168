from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from napsurvey.errors import ErrorCode, NapError
from napsurvey.vault.connection import Database, DatabaseError, open_connection
from napsurvey.vault.keyfile import new_data_key
from napsurvey.vault.migrations import MIGRATIONS, current_version, latest_version, migrate


def _sample(column_type: str, name: str, table: str, version: int) -> Any:
    kind = column_type.upper()
    if "INT" in kind:
        return 1 if name in ("id", "active", "acknowledged") else 7
    if "BLOB" in kind:
        return bytes(range(32))
    if name in ("month", "started_month", "created_month"):
        return "2025-03"
    if name == "sensitivity":
        return "normal"
    if name == "source":
        return "file"
    if name == "status":
        return "complete" if table == "records" else "refused"
    return f"{table}.{name}@v{version}"


def _seed(conn: Any, version: int) -> dict[str, list[tuple[Any, ...]]]:
    """One row in every table that exists at ``version``, built from the table's columns."""
    seeded: dict[str, list[tuple[Any, ...]]] = {}
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
    conn.execute("PRAGMA foreign_keys = OFF")  # rows stand alone; references are not the point here
    for table in tables:
        columns = conn.execute(f"PRAGMA table_info({table})").fetchall()
        names = [c[1] for c in columns]
        values = tuple(_sample(c[2], c[1], table, version) for c in columns)
        # OR REPLACE: a migration may seed a row itself (back-entry key, id 1)
        conn.execute(f"INSERT OR REPLACE INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", values)
        seeded[table] = [tuple(names), values]
    conn.execute("PRAGMA foreign_keys = ON")
    return seeded


@pytest.mark.parametrize("start", range(latest_version()))
def test_a_vault_at_every_earlier_version_migrates_with_its_rows_intact(tmp_path: Path, start: int) -> None:
    key = new_data_key()
    path = tmp_path / "old.db"
    db = Database(open_connection(path, key))
    assert migrate(db.conn, target=start) == start
    seeded = _seed(db.conn, start)
    db.close()

    db = Database(open_connection(path, key))
    assert migrate(db.conn) == latest_version()
    for table, (names, values) in seeded.items():
        row = db.conn.execute(f"SELECT {', '.join(names)} FROM {table}").fetchall()
        assert row == [values], table
    assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_the_migration_list_is_numbered_one_by_one() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


def test_a_vault_from_a_newer_napsurvey_is_refused(tmp_path: Path) -> None:
    db = Database(open_connection(tmp_path / "new.db", new_data_key()))
    migrate(db.conn)
    db.conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    with pytest.raises(NapError) as err:
        migrate(db.conn)
    assert err.value.code is ErrorCode.VAULT_TOO_NEW
    db.close()


def test_a_failing_step_leaves_the_previous_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from napsurvey.vault import migrations

    db = Database(open_connection(tmp_path / "x.db", new_data_key()))
    broken = migrations.Migration(latest_version() + 1, "broken", ("CREATE TABLE zz (a)", "THIS IS NOT SQL"))
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, broken])
    with pytest.raises(DatabaseError):
        migrate(db.conn)
    assert current_version(db.conn) == broken.version - 1
    assert db.conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'zz'").fetchone()[0] == 0
    db.close()


def test_records_completed_before_record_keys_get_one_at_migration(tmp_path: Path) -> None:
    key = new_data_key()
    path = tmp_path / "v4.db"
    db = Database(open_connection(path, key))
    assert migrate(db.conn, target=4) == 4
    for i in range(50):
        db.conn.execute("INSERT INTO records(form_id, form_version, month, data) VALUES ('f', '1', '2026-05', ?)",
                        (f'{{"i": {i}}}',))
    db.close()
    db = Database(open_connection(path, key))
    migrate(db.conn)
    keys = [r[0] for r in db.conn.execute("SELECT record_key FROM records").fetchall()]
    assert len(keys) == 50 and all(isinstance(k, int) and 0 <= k < 2**32 for k in keys)
    assert len(set(keys)) == 50  # random, from the operating system's generator
    assert db.conn.execute("SELECT count(*) FROM releases").fetchone()[0] == 0
    db.close()


def test_devices_named_by_their_short_id_are_renamed_to_their_fingerprint(tmp_path: Path) -> None:
    import json
    import secrets

    from napsurvey.vault.fingerprint import fingerprint, legacy_short_id

    key = new_data_key()
    db = Database(open_connection(tmp_path / "old.db", key))
    migrate(db.conn, target=11)  # the hub's tables exist (at a hub, members are devices too)
    device, coordinator, stranger = (secrets.token_bytes(32) for _ in range(3))
    conn = db.conn
    conn.execute("INSERT INTO sync_devices(device_id, signing_key, box_key, label, approved_day) VALUES (?, ?, ?, 'a', 'd')",
                 (legacy_short_id(device), device, device))
    conn.execute("INSERT INTO sync_devices(device_id, signing_key, box_key, label, approved_day) VALUES ('KEEP-ME-0000', ?, ?, 'b', 'd')",
                 (stranger, stranger))
    conn.execute("INSERT INTO sync_bundles(bundle_id, device_id, sequence, content_hash, created_day, imported_day) "
                 "VALUES ('b1', ?, 1, 'h', 'd', 'd')", (legacy_short_id(device),))
    conn.execute("INSERT INTO hub_releases(member_id, bundle_id, form_id, period, edition, released_day, content_hash, "
                 "body) VALUES (?, 'b1', 'f', '2026-Q1', 1, 'd', 'h', '{}')", (legacy_short_id(device),))
    conn.execute("INSERT INTO hub_sharing(member_id, sequence, body) VALUES (?, 1, '{}')", (legacy_short_id(device),))
    conn.execute("INSERT INTO hub_forms(sha256, form_id, version, body, member_id, received_day) "
                 "VALUES ('s', 'f', '1', 'y', ?, 'd')", (legacy_short_id(device),))
    conn.execute("INSERT INTO sync_kit(id, coordinator_signing_key, kit_serial, body, installed_day) VALUES (1, ?, 1, '{}', 'd')",
                 (coordinator,))
    conn.execute("INSERT INTO settings(key, value) VALUES ('coordinator_fingerprint', ?)", (json.dumps(legacy_short_id(coordinator)),))
    assert migrate(conn) == latest_version()
    ids = dict(conn.execute("SELECT label, device_id FROM sync_devices").fetchall())
    assert ids == {"a": fingerprint(device), "b": "KEEP-ME-0000"}
    assert conn.execute("SELECT device_id FROM sync_bundles").fetchone()[0] == fingerprint(device)
    for table in ("hub_releases", "hub_sharing", "hub_forms"):
        assert conn.execute(f"SELECT member_id FROM {table}").fetchall() == [(fingerprint(device),)], table
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    value = conn.execute("SELECT value FROM settings WHERE key = 'coordinator_fingerprint'").fetchone()[0]
    assert json.loads(value) == fingerprint(coordinator)
    db.close()


def test_bundles_made_before_the_written_day_count_as_written(tmp_path: Path) -> None:
    db = Database(open_connection(tmp_path / "old.db", new_data_key()))
    migrate(db.conn, target=12)
    db.conn.execute("INSERT INTO sync_outbox(bundle_id, sequence, content_hash, body, created_day) "
                    "VALUES ('b', 1, 'h', '{}', '2026-01-02')")
    migrate(db.conn)
    assert db.conn.execute("SELECT written_day FROM sync_outbox").fetchone()[0] == "2026-01-02"
    db.close()
