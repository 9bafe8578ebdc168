"""The sync tables in the vault (schema: migration 3 in ``napsurvey.vault.migrations``).

Plain functions over an open connection; callers hold the transaction, so
several of these can be combined into one all-or-nothing unit of work.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from napsurvey.bundle.canonical import canonical_bytes
from napsurvey.bundle.formats import BundleBody, Kit, Manifest
from napsurvey.vault.connection import Connection as Conn
from napsurvey.vault.connection import Row, one

# --- monitor: kit -------------------------------------------------------------


@dataclass(frozen=True)
class InstalledKit:
    """The kit this device enrolled with."""

    kit: Kit
    coordinator_signing_key: bytes
    installed_day: str


def installed_kit(conn: Conn) -> InstalledKit | None:
    """The enrollment kit installed on this device, if any."""
    row = conn.execute("SELECT body, coordinator_signing_key, installed_day FROM sync_kit WHERE id = 1").fetchone()
    if row is None:
        return None
    return InstalledKit(Kit.model_validate_json(row[0]), bytes(row[1]), str(row[2]))


def save_kit(conn: Conn, kit: Kit, signer: bytes, day: str) -> None:
    """Install or replace the kit."""
    conn.execute(
        "INSERT INTO sync_kit(id, coordinator_signing_key, kit_serial, body, installed_day) VALUES (1, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET coordinator_signing_key = excluded.coordinator_signing_key, "
        "kit_serial = excluded.kit_serial, body = excluded.body, installed_day = excluded.installed_day",
        (signer, kit.kit_serial, kit.model_dump_json(), day),
    )


# --- monitor: outbox ------------------------------------------------------------


@dataclass(frozen=True)
class SentBundle:
    """A bundle this device made; ``written_day`` is None while its file was never written whole."""

    bundle_id: str
    sequence: int
    content_hash: str
    created_day: str
    acknowledged_day: str | None
    written_day: str | None = None


_SENT_COLUMNS = "bundle_id, sequence, content_hash, created_day, acknowledged_day, written_day"


def last_sent(conn: Conn) -> SentBundle | None:
    """The most recent bundle (highest sequence)."""
    sql = f"SELECT {_SENT_COLUMNS} FROM sync_outbox ORDER BY sequence DESC LIMIT 1"  # noqa: S608 - constant columns
    row = conn.execute(sql).fetchone()
    return None if row is None else SentBundle(*row)


def sent_bundles(conn: Conn) -> list[SentBundle]:
    """Every bundle this device made, oldest first."""
    rows = conn.execute(f"SELECT {_SENT_COLUMNS} FROM sync_outbox ORDER BY sequence").fetchall()  # noqa: S608 - constant columns
    return [SentBundle(*r) for r in rows]


def unwritten(conn: Conn) -> SentBundle | None:
    """The bundle recorded but never written whole (a crash or a failed write), if any."""
    sql = f"SELECT {_SENT_COLUMNS} FROM sync_outbox WHERE written_day IS NULL ORDER BY sequence LIMIT 1"  # noqa: S608 - constant columns
    row = conn.execute(sql).fetchone()
    return None if row is None else SentBundle(*row)


def sent_body(conn: Conn, bundle_id: str) -> BundleBody | None:
    """The stored body of a sent bundle (for ``export --again``)."""
    row = conn.execute("SELECT body FROM sync_outbox WHERE bundle_id = ?", (bundle_id,)).fetchone()
    return None if row is None else BundleBody.model_validate_json(row[0])


def record_sent(conn: Conn, body: BundleBody, content_hash: str) -> None:
    """Remember a bundle in the outbox before its file exists (``written_day`` stays NULL until it does)."""
    m = body.manifest
    conn.execute(
        "INSERT INTO sync_outbox(bundle_id, sequence, content_hash, body, created_day) VALUES (?, ?, ?, ?, ?)",
        (m.bundle_id, m.sequence, content_hash, canonical_bytes(body.model_dump(mode="json", exclude_none=True)).decode(), m.created_day),
    )


def mark_written(conn: Conn, bundle_id: str, day: str) -> None:
    """The bundle's file was written whole and read back."""
    conn.execute("UPDATE sync_outbox SET written_day = ? WHERE bundle_id = ? AND written_day IS NULL", (day, bundle_id))


# --- coordinator: devices -------------------------------------------------------


@dataclass(frozen=True)
class Device:
    """An approved monitor device."""

    device_id: str
    signing_key: bytes
    box_key: bytes
    label: str
    approved_day: str


def devices(conn: Conn) -> list[Device]:
    """All approved devices."""
    rows = conn.execute(
        "SELECT device_id, signing_key, box_key, label, approved_day FROM sync_devices ORDER BY device_id"
    ).fetchall()
    return [Device(str(r[0]), bytes(r[1]), bytes(r[2]), str(r[3]), str(r[4])) for r in rows]


_DEVICE_COLUMNS = "device_id, signing_key, box_key, label, approved_day"


def _device(row: Row | None) -> Device | None:
    if row is None:
        return None
    return Device(str(row[0]), bytes(row[1]), bytes(row[2]), str(row[3]), str(row[4]))


def device(conn: Conn, device_id: str) -> Device | None:
    """The approved device with this id."""
    return _device(conn.execute(
        f"SELECT {_DEVICE_COLUMNS} FROM sync_devices WHERE device_id = ?", (device_id,)  # noqa: S608 - constant columns
    ).fetchone())


def device_by_key(conn: Conn, signing_key: bytes) -> Device | None:
    """The approved device with this signing key."""
    return _device(conn.execute(
        f"SELECT {_DEVICE_COLUMNS} FROM sync_devices WHERE signing_key = ?", (signing_key,)  # noqa: S608 - constant columns
    ).fetchone())


def relabel_device(conn: Conn, device_id: str, label: str) -> None:
    """Rename an approved device."""
    conn.execute("UPDATE sync_devices SET label = ? WHERE device_id = ?", (label, device_id))


def device_keys(conn: Conn) -> dict[str, bytes]:
    """device id -> Ed25519 public key, for signature checks."""
    return {str(d): bytes(k) for d, k in conn.execute("SELECT device_id, signing_key FROM sync_devices")}


def approve_device(conn: Conn, device: Device) -> None:
    """Approve a new device (:func:`relabel_device` renames one)."""
    conn.execute(
        "INSERT INTO sync_devices(device_id, signing_key, box_key, label, approved_day) VALUES (?, ?, ?, ?, ?)",
        (device.device_id, device.signing_key, device.box_key, device.label, device.approved_day),
    )


# --- coordinator: imported bundles ------------------------------------------------


@dataclass(frozen=True)
class ImportedBundle:
    """A bundle the coordinator imported."""

    bundle_id: str
    device_id: str
    sequence: int
    content_hash: str
    created_day: str
    imported_day: str
    prev_hash: str | None = None  # None: imported before the link was recorded, so never checked


_IMPORTED_COLUMNS = "bundle_id, device_id, sequence, content_hash, created_day, imported_day, prev_hash"


def imported_by_id(conn: Conn, bundle_id: str) -> ImportedBundle | None:
    """The imported bundle with this id."""
    sql = f"SELECT {_IMPORTED_COLUMNS} FROM sync_bundles WHERE bundle_id = ?"  # noqa: S608 - constant columns
    row = conn.execute(sql, (bundle_id,)).fetchone()
    return None if row is None else ImportedBundle(*row)


def imported_by_sequence(conn: Conn, device_id: str, sequence: int) -> ImportedBundle | None:
    """The imported bundle of a device at a sequence number."""
    row = conn.execute(
        f"SELECT {_IMPORTED_COLUMNS} FROM sync_bundles WHERE device_id = ? AND sequence = ?",  # noqa: S608 - constant columns
        (device_id, sequence),
    ).fetchone()
    return None if row is None else ImportedBundle(*row)


def imported_bundles(conn: Conn, device_id: str | None = None) -> list[ImportedBundle]:
    """Imported bundles, by device and sequence."""
    if device_id is None:
        sql = f"SELECT {_IMPORTED_COLUMNS} FROM sync_bundles ORDER BY device_id, sequence"  # noqa: S608 - constant columns
        rows = conn.execute(sql).fetchall()
    else:
        rows = conn.execute(
            f"SELECT {_IMPORTED_COLUMNS} FROM sync_bundles WHERE device_id = ? ORDER BY sequence",  # noqa: S608 - constant columns
            (device_id,),
        ).fetchall()
    return [ImportedBundle(*r) for r in rows]


def record_imported(conn: Conn, m: Manifest, content_hash: str, day: str) -> None:
    """Insert an imported bundle's place in its sender's chain (any kind of bundle; caller holds the transaction)."""
    conn.execute(
        f"INSERT INTO sync_bundles({_IMPORTED_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",  # noqa: S608 - constant columns
        (m.bundle_id, m.device_id, m.sequence, content_hash, m.created_day, day, m.prev_hash),
    )


def store_imported(conn: Conn, body: BundleBody, content_hash: str, day: str) -> None:
    """Insert an imported monitor bundle and all its counts (caller holds the transaction)."""
    m = body.manifest
    record_imported(conn, m, content_hash, day)
    conn.executemany(
        "INSERT INTO sync_cells(bundle_id, form_id, form_version, indicator, period_kind, cell_key, n, key_sum) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (m.bundle_id, t.form_id, ",".join(t.form_versions), t.indicator, t.period,
             json.dumps(cell.key, ensure_ascii=False, separators=(",", ":")), cell.count, cell.key_sum)
            for t in body.tables.aggregates
            for cell in t.cells
        ],
    )
    conn.executemany(
        "INSERT INTO sync_denominators(bundle_id, form_id, form_version, period, interviews, refused, ended_child, "
        "stopped, key_sum) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (m.bundle_id, d.form_id, ",".join(d.form_versions), d.period, d.interviews, d.refused, d.ended_child,
             d.stopped, d.key_sum)
            for d in body.tables.denominators
        ],
    )


# --- coordinator: kits issued -----------------------------------------------------


def next_kit_serial(conn: Conn) -> int:
    """The serial for the next kit this coordinator issues."""
    row = conn.execute("SELECT max(kit_serial) FROM sync_kits_issued").fetchone()
    return 1 if row is None or row[0] is None else int(row[0]) + 1


def record_kit_issued(conn: Conn, kit: Kit, form_versions: list[tuple[str, str]]) -> None:
    """Remember an issued kit and the (form_id, version) pairs it carries."""
    conn.execute(
        "INSERT INTO sync_kits_issued(kit_serial, created_day, form_versions, body) VALUES (?, ?, ?, ?)",
        (kit.kit_serial, kit.created_day, json.dumps(sorted(form_versions)), kit.model_dump_json()),
    )


def issued_form_versions(conn: Conn) -> set[tuple[str, str]]:
    """Every (form_id, version) any kit of this coordinator carried."""
    out: set[tuple[str, str]] = set()
    for (text,) in conn.execute("SELECT form_versions FROM sync_kits_issued"):
        out.update((str(f), str(v)) for f, v in json.loads(text))
    return out


def issued_kits(conn: Conn) -> list[Kit]:
    """Every kit this coordinator issued, oldest first."""
    rows = conn.execute("SELECT body FROM sync_kits_issued ORDER BY kit_serial").fetchall()
    return [Kit.model_validate_json(r[0]) for r in rows]


def acknowledge_sent(conn: Conn, bundle_id: str, day: str) -> None:
    """Record the day a coordinator's receipt acknowledged a sent bundle."""
    conn.execute("UPDATE sync_outbox SET acknowledged_day = ? WHERE bundle_id = ?", (day, bundle_id))


# --- coordinator: what was imported, as the views and outputs read it ------------------


def missing_sequences(conn: Conn) -> dict[str, list[int]]:
    """device id -> sequence numbers below its highest that were never imported."""
    present: dict[str, set[int]] = {}
    for device_id, sequence in conn.execute("SELECT device_id, sequence FROM sync_bundles"):
        present.setdefault(str(device_id), set()).add(int(sequence))
    return {d: sorted(set(range(1, max(s) + 1)) - s) for d, s in sorted(present.items()) if len(s) < max(s)}


@dataclass(frozen=True)
class DeviceBundles:
    """How many bundles a device sent, its highest sequence, and the days of its newest."""

    bundles: int
    last_sequence: int
    last_day: str  # the day the device made its highest-numbered bundle
    newest_day: str  # the newest day any of its bundles was made (a clock set back may differ)
    last_import_day: str  # the day its newest bundle arrived here


def bundles_per_device(conn: Conn) -> dict[str, DeviceBundles]:
    """device id -> its imported bundles, in brief."""
    rows = conn.execute(
        "SELECT b.device_id, count(*), max(b.sequence), "
        "(SELECT l.created_day FROM sync_bundles l WHERE l.device_id = b.device_id ORDER BY l.sequence DESC LIMIT 1), "
        "max(b.created_day), max(b.imported_day) FROM sync_bundles b GROUP BY b.device_id"
    )
    return {str(d): DeviceBundles(int(n), int(s), str(last), str(newest), str(arrived))
            for d, n, s, last, newest, arrived in rows}


def interviews_per_device_month(conn: Conn) -> list[tuple[str, str, str, int, int, int, int]]:
    """(form_id, month, device id, interviews, refused, ended_child, stopped) over every imported bundle."""
    rows = conn.execute(
        "SELECT d.form_id, d.period, b.device_id, sum(d.interviews), sum(d.refused), sum(d.ended_child), "
        "sum(d.stopped) FROM sync_denominators d JOIN sync_bundles b USING (bundle_id) "
        "GROUP BY d.form_id, d.period, b.device_id ORDER BY d.form_id, d.period, b.device_id"
    )
    return [(str(f), str(m), str(dv), int(i), int(r), int(e), int(st)) for f, m, dv, i, r, e, st in rows]


def bundles_imported(conn: Conn) -> int:
    """How many bundles were imported."""
    return int(one(conn.execute("SELECT count(*) FROM sync_bundles"))[0])


#: (form_id, indicator, period_kind, cell key, count) of one imported cell.
ImportedCell = tuple[str, str, str, tuple[str, ...], int]


def imported_cells(conn: Conn) -> Iterator[ImportedCell]:
    """Every imported count, bundle by bundle (the outputs add them up)."""
    for form_id, indicator, kind, key, n in conn.execute(
        "SELECT form_id, indicator, period_kind, cell_key, n FROM sync_cells"
    ):
        yield str(form_id), str(indicator), str(kind), tuple(str(k) for k in json.loads(key)), int(n)


#: (bundle id, indicator, period kind, cell key, count, key sum or None) of one imported cell.
ImportedTally = tuple[str, str, str, tuple[str, ...], int, int | None]


def imported_tallies(conn: Conn, form_id: str) -> Iterator[ImportedTally]:
    """Every imported count of one form with its key sum (None in a format-1 bundle)."""
    for bundle_id, indicator, kind, key, n, key_sum in conn.execute(
        "SELECT bundle_id, indicator, period_kind, cell_key, n, key_sum FROM sync_cells WHERE form_id = ? "
        "ORDER BY rowid", (form_id,)
    ):
        yield (str(bundle_id), str(indicator), str(kind), tuple(str(k) for k in json.loads(key)), int(n),
               None if key_sum is None else int(key_sum))


def imported_interviews(conn: Conn, form_id: str) -> list[tuple[str, str, int, int | None]]:
    """(bundle id, month, interviews, key sum or None) of one form, bundle by bundle."""
    rows = conn.execute(
        "SELECT bundle_id, period, interviews, key_sum FROM sync_denominators WHERE form_id = ? ORDER BY rowid",
        (form_id,),
    )
    return [(str(b), str(m), int(n), None if k is None else int(k)) for b, m, n, k in rows]


def interviews_per_month(conn: Conn) -> list[tuple[str, str, int]]:
    """(form_id, month, interviews) summed over every imported bundle."""
    rows = conn.execute("SELECT form_id, period, sum(interviews) FROM sync_denominators GROUP BY form_id, period")
    return [(str(f), str(m), int(n)) for f, m, n in rows]


#: The columns of :func:`coverage_per_month`, in order.
COVERAGE_COLUMNS = ("form_id", "period", "interviews", "refused", "ended_child", "stopped", "devices")


def coverage_per_month(conn: Conn) -> list[dict[str, str | int]]:
    """Interviews (and outcomes that keep only a count) per form and month, over every imported bundle.

    Each row maps :data:`COVERAGE_COLUMNS` to its value; rows come by form and month.
    """
    rows = conn.execute(
        "SELECT d.form_id, d.period, sum(d.interviews), sum(d.refused), sum(d.ended_child), sum(d.stopped), "
        "count(DISTINCT b.device_id) FROM sync_denominators d JOIN sync_bundles b USING (bundle_id) "
        "GROUP BY d.form_id, d.period ORDER BY d.form_id, d.period"
    )
    return [{name: str(v) if i < 2 else int(v) for i, (name, v) in enumerate(zip(COVERAGE_COLUMNS, row, strict=True))}
            for row in rows]
