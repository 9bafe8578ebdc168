"""Versioned schema of the vault.

``PRAGMA user_version`` holds the schema version of a vault file. At every
open, :func:`migrate` applies the missing steps of :data:`MIGRATIONS` in
order, each in its own ``BEGIN IMMEDIATE`` transaction together with the
``user_version`` bump, so a crash leaves the vault at a clean version. A file
whose version is higher than the code knows is refused (``VAULT_TOO_NEW``):
an older napsurvey must never write into a newer schema.

How to add a migration (other capabilities do this):

1. Append ``Migration(N + 1, "what it adds", (sql, ...))`` at the end of
   :data:`MIGRATIONS` - the next integer, one SQL statement per tuple item
   (no multi-statement scripts), or a callable ``step(conn)`` for data moves.
   Do not BEGIN/COMMIT inside a step: :func:`migrate` wraps it.
2. Never edit or reorder an existing step: vaults in the field were built
   with it, and the tests rebuild a vault at every earlier version from this
   list and migrate it forward with its rows intact.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from napsurvey.errors import ErrorCode, NapError
from napsurvey.vault.connection import Connection, one
from napsurvey.vault.fingerprint import fingerprint, legacy_short_id

Step = tuple[str, ...] | Callable[[Connection], None]


@dataclass(frozen=True)
class Migration:
    """One schema step: from ``version - 1`` to ``version``."""

    version: int
    description: str
    step: Step


_V1: tuple[str, ...] = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        signing_seed BLOB NOT NULL CHECK (length(signing_seed) = 32),
        box_private BLOB NOT NULL CHECK (length(box_private) = 32)
    )""",
    """CREATE TABLE forms (
        form_id TEXT NOT NULL,
        version TEXT NOT NULL,
        sensitivity TEXT NOT NULL CHECK (sensitivity IN ('normal', 'high')),
        source TEXT NOT NULL CHECK (source IN ('shipped', 'kit', 'file')),
        body TEXT NOT NULL,
        installed_day TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
        PRIMARY KEY (form_id, version)
    )""",
    "CREATE UNIQUE INDEX forms_one_active ON forms(form_id) WHERE active = 1",
    """CREATE TABLE drafts (
        id TEXT PRIMARY KEY,
        form_id TEXT NOT NULL,
        form_version TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        started_month TEXT NOT NULL,
        updated_seq INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE records (
        id INTEGER PRIMARY KEY,
        form_id TEXT NOT NULL,
        form_version TEXT NOT NULL,
        month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
        status TEXT NOT NULL DEFAULT 'complete' CHECK (status IN ('complete')),
        data TEXT NOT NULL,
        bundle_id TEXT NULL,
        exported_day TEXT NULL,
        acknowledged INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE outcomes (
        form_id TEXT NOT NULL,
        form_version TEXT NOT NULL,
        month TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('refused', 'ended_child', 'stopped')),
        n INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (form_id, form_version, month, status)
    )""",
    """CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,
        event TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)

_V2: tuple[str, ...] = (
    # Export (records not yet in a bundle) and status (counts per form) scan
    # these columns; without indexes they scan every record.
    "CREATE INDEX records_unexported ON records(form_id, month) WHERE bundle_id IS NULL",
    "CREATE INDEX records_by_form ON records(form_id, form_version, month)",
    "CREATE INDEX records_by_bundle ON records(bundle_id) WHERE bundle_id IS NOT NULL",
    "CREATE INDEX drafts_by_form ON drafts(form_id, form_version)",
)

_V3_SYNC: tuple[str, ...] = (
    # Sync (issue 5). Monitor side: the installed enrollment kit and the bundles sent.
    """CREATE TABLE sync_kit (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        coordinator_signing_key BLOB NOT NULL CHECK (length(coordinator_signing_key) = 32),
        kit_serial INTEGER NOT NULL,
        body TEXT NOT NULL,
        installed_day TEXT NOT NULL
    )""",
    """CREATE TABLE sync_outbox (
        bundle_id TEXT PRIMARY KEY,
        sequence INTEGER NOT NULL UNIQUE,
        content_hash TEXT NOT NULL,
        body TEXT NOT NULL,
        created_day TEXT NOT NULL,
        acknowledged_day TEXT NULL
    )""",
    # Coordinator side: approved devices, kits issued, bundles imported and their counts.
    """CREATE TABLE sync_devices (
        device_id TEXT PRIMARY KEY,
        signing_key BLOB NOT NULL UNIQUE CHECK (length(signing_key) = 32),
        box_key BLOB NOT NULL CHECK (length(box_key) = 32),
        label TEXT NOT NULL DEFAULT '',
        approved_day TEXT NOT NULL
    )""",
    """CREATE TABLE sync_kits_issued (
        kit_serial INTEGER PRIMARY KEY,
        created_day TEXT NOT NULL,
        form_versions TEXT NOT NULL,
        body TEXT NOT NULL
    )""",
    # Outcome counters (refusals etc.) have no rows to mark: remember what was sent.
    """CREATE TABLE sync_outcomes_sent (
        form_id TEXT NOT NULL,
        form_version TEXT NOT NULL,
        month TEXT NOT NULL,
        status TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (form_id, form_version, month, status)
    )""",
    """CREATE TABLE sync_bundles (
        bundle_id TEXT PRIMARY KEY,
        device_id TEXT NOT NULL REFERENCES sync_devices(device_id),
        sequence INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        created_day TEXT NOT NULL,
        imported_day TEXT NOT NULL,
        UNIQUE (device_id, sequence)
    )""",
    """CREATE TABLE sync_cells (
        bundle_id TEXT NOT NULL REFERENCES sync_bundles(bundle_id),
        form_id TEXT NOT NULL,
        form_version TEXT NOT NULL,
        indicator TEXT NOT NULL,
        period_kind TEXT NOT NULL,
        cell_key TEXT NOT NULL,
        n INTEGER NOT NULL
    )""",
    "CREATE INDEX sync_cells_by_indicator ON sync_cells(form_id, indicator)",
    """CREATE TABLE sync_denominators (
        bundle_id TEXT NOT NULL REFERENCES sync_bundles(bundle_id),
        form_id TEXT NOT NULL,
        form_version TEXT NOT NULL,
        period TEXT NOT NULL,
        interviews INTEGER NOT NULL,
        refused INTEGER NOT NULL DEFAULT 0,
        ended_child INTEGER NOT NULL DEFAULT 0,
        stopped INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX sync_denominators_by_form ON sync_denominators(form_id, period)",
)

def _v5_record_keys(conn: Connection) -> None:
    """Record keys for the cell-key method (DESIGN section 6), and key sums beside imported counts.

    Records completed before this version get a fresh key here, from the
    operating system's generator (the same source as new records). Imported
    counts from before keep a NULL key sum; the release derives one for them
    (see napsurvey.services.releases).
    """
    conn.execute("ALTER TABLE records ADD COLUMN record_key INTEGER NULL")
    ids = [int(r[0]) for r in conn.execute("SELECT id FROM records").fetchall()]
    conn.executemany("UPDATE records SET record_key = ? WHERE id = ?",
                     [(secrets.randbelow(1 << 32), record_id) for record_id in ids])
    conn.execute("ALTER TABLE sync_cells ADD COLUMN key_sum INTEGER NULL")
    conn.execute("ALTER TABLE sync_denominators ADD COLUMN key_sum INTEGER NULL")


_V6_RELEASES: tuple[str, ...] = (
    # One edition of the protected tables of one form for one closed period.
    """CREATE TABLE releases (
        id INTEGER PRIMARY KEY,
        form_id TEXT NOT NULL,
        period TEXT NOT NULL,
        edition INTEGER NOT NULL,
        created_day TEXT NOT NULL,
        threshold INTEGER NOT NULL,
        method TEXT NOT NULL,
        parameters TEXT NOT NULL,
        form_text TEXT NOT NULL,
        bundles TEXT NOT NULL,
        UNIQUE (form_id, period, edition)
    )""",
    # The tallies a release was made from: per indicator cell, and the interviews per period.
    """CREATE TABLE release_cells (
        release_id INTEGER NOT NULL REFERENCES releases(id),
        indicator TEXT NOT NULL,
        cell_key TEXT NOT NULL,
        n INTEGER NOT NULL,
        key_sum INTEGER NOT NULL
    )""",
    "CREATE INDEX release_cells_by_release ON release_cells(release_id)",
    # The publication ledger: every output made from releases, and which editions it showed.
    """CREATE TABLE publications (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,
        output TEXT NOT NULL,
        releases TEXT NOT NULL,
        detail TEXT NOT NULL
    )""",
)

_HUB: tuple[str, ...] = (
    # A hub (issue 16): the releases its members (coordinators) sent up, one row per edition.
    # The sender's chain is kept in sync_bundles and its approval in sync_devices, as one level down.
    """CREATE TABLE hub_releases (
        member_id TEXT NOT NULL REFERENCES sync_devices(device_id),
        bundle_id TEXT NOT NULL REFERENCES sync_bundles(bundle_id),
        form_id TEXT NOT NULL,
        period TEXT NOT NULL,
        edition INTEGER NOT NULL,
        released_day TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (member_id, form_id, period, edition)
    )""",
    # The perturbation tables of members that sent raw counts (a pool is perturbed with the members' own table).
    """CREATE TABLE hub_perturbation_tables (
        table_id TEXT PRIMARY KEY,
        body TEXT NOT NULL
    )""",
    # What each member chose to share beyond its releases, as its newest bundle says.
    """CREATE TABLE hub_sharing (
        member_id TEXT PRIMARY KEY REFERENCES sync_devices(device_id),
        sequence INTEGER NOT NULL,
        body TEXT NOT NULL
    )""",
    # A coordinator's side: the hub it joined (one), with the hub's pinned key and its kit.
    """CREATE TABLE hub_membership (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        hub_signing_key BLOB NOT NULL CHECK (length(hub_signing_key) = 32),
        kit_serial INTEGER NOT NULL,
        body TEXT NOT NULL,
        installed_day TEXT NOT NULL
    )""",
    # The questionnaires the members' releases were made with (labels for the regional tables).
    """CREATE TABLE hub_forms (
        sha256 TEXT PRIMARY KEY,
        form_id TEXT NOT NULL,
        version TEXT NOT NULL,
        body TEXT NOT NULL,
        member_id TEXT NOT NULL,
        received_day TEXT NOT NULL
    )""",
)


def _v10_backentry_papers(conn: Connection) -> None:
    # Only HMAC-SHA256(key, form id + paper number): the numbers themselves are never stored.
    # ``run`` is a random id per back-entry run, so a repeat can be told "earlier in this file".
    conn.execute("CREATE TABLE backentry_papers (digest BLOB PRIMARY KEY, run BLOB NOT NULL) WITHOUT ROWID")
    conn.execute("CREATE TABLE backentry_key (id INTEGER PRIMARY KEY CHECK (id = 1), secret BLOB NOT NULL)")
    conn.execute("INSERT INTO backentry_key(id, secret) VALUES (1, ?)", (secrets.token_bytes(32),))


_PLAN: tuple[str, ...] = (
    # The NAP's own commitments (issue 12): one plan per vault, its assessed periods, and the
    # period the desktop is editing (autosaved after every change, like an interview draft).
    """CREATE TABLE plan (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        plan_id TEXT NOT NULL,
        body TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        imported_day TEXT NOT NULL
    )""",
    """CREATE TABLE plan_periods (
        period_id TEXT PRIMARY KEY,
        period_end TEXT NOT NULL,
        body TEXT NOT NULL,
        stored_day TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('file', 'desktop'))
    )""",
    """CREATE TABLE plan_drafts (
        period_id TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        saved_day TEXT NOT NULL
    )""",
)


#: The hub's tables that name a member (a coordinator, approved in sync_devices like a device).
_MEMBER_TABLES = ("hub_releases", "hub_sharing", "hub_forms")


def _v12_long_fingerprints(conn: Connection) -> None:
    """Device ids become the 133-bit fingerprint of the device's key (they were its 48-bit short id).

    Only ids that are exactly the short id of the stored key are rewritten,
    in every table that names a device - at a hub its members are devices
    too (their releases, questionnaires and sharing choices); the installed
    kit's coordinator fingerprint setting is recomputed from the pinned key
    the same way.
    """
    conn.execute("PRAGMA defer_foreign_keys = ON")  # bundles name devices: checked once both are renamed
    for old_id, key in conn.execute("SELECT device_id, signing_key FROM sync_devices").fetchall():
        if str(old_id) == legacy_short_id(bytes(key)):
            new_id = fingerprint(bytes(key))
            conn.execute("UPDATE sync_devices SET device_id = ? WHERE device_id = ?", (new_id, old_id))
            conn.execute("UPDATE sync_bundles SET device_id = ? WHERE device_id = ?", (new_id, old_id))
            for table in _MEMBER_TABLES:
                conn.execute(f"UPDATE {table} SET member_id = ? WHERE member_id = ?", (new_id, old_id))  # noqa: S608 - names from a constant
    kit = conn.execute("SELECT coordinator_signing_key FROM sync_kit WHERE id = 1").fetchone()
    if kit is not None:
        key = bytes(kit[0])
        conn.execute(
            "UPDATE settings SET value = ? WHERE key = 'coordinator_fingerprint' AND value = ?",
            (json.dumps(fingerprint(key)), json.dumps(legacy_short_id(key))),
        )


#: The ordered history of the schema. Append only.
MIGRATIONS: list[Migration] = [
    Migration(1, "core tables: meta, identity, forms, drafts, records, outcomes, audit, settings", _V1),
    Migration(2, "indexes for export and status", _V2),
    Migration(3, "sync: kit, outbox, devices, kits issued, imported bundles and counts", _V3_SYNC),
    # NULL on bundles imported before: their link is unknown and is not checked.
    Migration(4, "sync: previous-bundle hash of imported bundles", ("ALTER TABLE sync_bundles ADD COLUMN prev_hash TEXT NULL",)),
    Migration(5, "cell key: record keys, key sums of imported counts", _v5_record_keys),
    Migration(6, "releases, their tallies, and the publication ledger", _V6_RELEASES),
    # The facts of an audit line as JSON fields, for `audit --json` (NULL on older lines).
    Migration(7, "audit: structured data of each event", ("ALTER TABLE audit ADD COLUMN data TEXT NULL",)),
    # The home page tells drafts apart by these (a draft is destroyed when its interview ends).
    Migration(
        8,
        "drafts: start time, last section reached and answers given",
        (
            "ALTER TABLE drafts ADD COLUMN started_at TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE drafts ADD COLUMN section TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE drafts ADD COLUMN answered INTEGER NOT NULL DEFAULT 0",
        ),
    ),
    Migration(9, "hub: its members' releases, questionnaires, perturbation tables and what they share; "
              "a coordinator's hub", _HUB),
    Migration(10, "back-entry: keyed hashes of the paper questionnaires entered, and their key", _v10_backentry_papers),
    Migration(11, "plan: the NAP's commitments, assessed periods and the period being edited", _PLAN),
    Migration(12, "devices named by their 133-bit fingerprint instead of the 48-bit short id", _v12_long_fingerprints),
    # Bundles made before were written inside the transaction that recorded them: they count as written.
    Migration(13, "sync: the day a recorded bundle's file was written (NULL: to be written again)", (
        "ALTER TABLE sync_outbox ADD COLUMN written_day TEXT NULL",
        "UPDATE sync_outbox SET written_day = created_day",
    )),
]


def latest_version() -> int:
    """The schema version this code writes."""
    return MIGRATIONS[-1].version if MIGRATIONS else 0


def current_version(conn: Connection) -> int:
    """``PRAGMA user_version`` of the open database."""
    return int(one(conn.execute("PRAGMA user_version"))[0])


def _check_order() -> None:
    for index, migration in enumerate(MIGRATIONS, start=1):
        if migration.version != index:
            raise RuntimeError(f"migration list out of order at {migration.version}")


def migrate(conn: Connection, target: int | None = None) -> int:
    """Bring the schema to ``target`` (default: latest); returns the version reached.

    ``conn`` must have ``isolation_level=None``. Refuses a newer file with
    VAULT_TOO_NEW.
    """
    _check_order()
    target = latest_version() if target is None else target
    found = current_version(conn)
    if found > latest_version():
        raise NapError(ErrorCode.VAULT_TOO_NEW, found=found, supported=latest_version())
    for migration in MIGRATIONS[found:target]:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if callable(migration.step):
                migration.step(conn)
            else:
                for statement in migration.step:
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(migration.version)}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return current_version(conn)
