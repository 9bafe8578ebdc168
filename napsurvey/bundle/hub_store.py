"""The hub's tables in the vault, and a coordinator's record of the hub it joined.

At a hub: the releases its members sent up (``hub_releases``), the
questionnaires (``hub_forms``) and perturbation tables
(``hub_perturbation_tables``) that came with them. At a coordinator: the hub
it joined (``hub_membership``); its upward bundles are kept in the outbox,
as a monitor keeps its own (``sync_outbox``).

A hub's members are approved in ``sync_devices`` and their bundles' chain is
kept in ``sync_bundles``, exactly as a coordinator keeps its monitors'
(:mod:`napsurvey.bundle.store`); this module holds what is the hub's own.
Plain functions over an open connection; callers hold the transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from napsurvey.bundle.canonical import canonical_json_bytes, sha256_hex
from napsurvey.bundle.hub_kit import HubKit
from napsurvey.bundle.upward import STORED, Release, Sharing, UpwardBody
from napsurvey.vault.connection import Connection as Conn


def release_text(release: dict[str, Any]) -> bytes:
    """A release edition as it was sent (its JSON from the opened bundle), canonical."""
    return canonical_json_bytes(release)


def release_hash(release: dict[str, Any]) -> str:
    """Hex SHA-256 of a release edition's canonical JSON: two copies of one edition have the same."""
    return sha256_hex(release_text(release))


@dataclass(frozen=True)
class StoredRelease:
    """One member's release edition as the hub keeps it."""

    member_id: str
    bundle_id: str
    release: Release
    content_hash: str


def stored_hash(conn: Conn, member_id: str, form_id: str, period: str, edition: int) -> str | None:
    """The content hash of an edition already stored, or None."""
    row = conn.execute(
        "SELECT content_hash FROM hub_releases WHERE member_id = ? AND form_id = ? AND period = ? AND edition = ?",
        (member_id, form_id, period, edition),
    ).fetchone()
    return None if row is None else str(row[0])


def store_releases(conn: Conn, member_id: str, bundle_id: str, releases: Iterable[dict[str, Any]]) -> int:
    """Insert the editions not stored yet (an identical copy is skipped); return how many were new.

    ``releases`` are the releases' JSON as the opened bundle holds it (already validated).
    """
    new = 0
    for release in releases:
        text = release_text(release)
        content_hash = sha256_hex(text)
        if stored_hash(conn, member_id, release["form_id"], release["period"], release["edition"]) == content_hash:
            continue
        conn.execute(
            "INSERT INTO hub_releases(member_id, bundle_id, form_id, period, edition, released_day, content_hash, body) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (member_id, bundle_id, release["form_id"], release["period"], release["edition"], release["released_day"],
             content_hash, text.decode("utf-8")),
        )
        new += 1
    return new


def stored_releases(conn: Conn, member_id: str | None = None) -> list[StoredRelease]:
    """Every stored edition (of one member, or all), by member, form, period and edition."""
    sql = "SELECT member_id, bundle_id, body, content_hash FROM hub_releases"
    params: tuple[str, ...] = ()
    if member_id is not None:
        sql += " WHERE member_id = ?"
        params = (member_id,)
    rows = conn.execute(sql + " ORDER BY member_id, form_id, period, edition", params).fetchall()
    return [StoredRelease(str(m), str(b), _stored(body), str(h)) for m, b, body, h in rows]


def newest_editions(conn: Conn) -> list[StoredRelease]:
    """Each member's newest edition of every form and period it released, by member, form and period."""
    rows = conn.execute(
        "SELECT r.member_id, r.bundle_id, r.body, r.content_hash FROM hub_releases r "
        "JOIN (SELECT member_id, form_id, period, max(edition) AS edition FROM hub_releases "
        "      GROUP BY member_id, form_id, period) n USING (member_id, form_id, period, edition) "
        "ORDER BY r.member_id, r.form_id, r.period"
    ).fetchall()
    return [StoredRelease(str(m), str(b), _stored(body), str(h)) for m, b, body, h in rows]


def _stored(body: str) -> Release:
    return Release.model_validate_json(body, context={STORED: True})


@dataclass(frozen=True)
class EditionRow:
    """One stored edition, in brief (no figures)."""

    member_id: str
    form_id: str
    period: str
    edition: int
    released_day: str


def edition_rows(conn: Conn) -> list[EditionRow]:
    """Every stored edition in brief, by member, form, period and edition."""
    rows = conn.execute(
        "SELECT member_id, form_id, period, edition, released_day FROM hub_releases "
        "ORDER BY member_id, form_id, period, edition"
    ).fetchall()
    return [EditionRow(str(m), str(f), str(p), int(e), str(d)) for m, f, p, e, d in rows]


def known_form_hashes(conn: Conn) -> set[str]:
    """SHA-256 of every questionnaire text a member sent."""
    return {str(h) for (h,) in conn.execute("SELECT sha256 FROM hub_forms")}


def store_form(conn: Conn, text: str, form_id: str, version: str, member_id: str, day: str) -> None:
    """Keep a questionnaire a member sent (once per text)."""
    conn.execute(
        "INSERT OR IGNORE INTO hub_forms(sha256, form_id, version, body, member_id, received_day) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (sha256_hex(text.encode("utf-8")), form_id, version, text, member_id, day),
    )


def member_forms(conn: Conn) -> list[tuple[str, str, str]]:
    """(form_id, version, text) of every questionnaire members sent, oldest first."""
    rows = conn.execute("SELECT form_id, version, body FROM hub_forms ORDER BY rowid").fetchall()
    return [(str(f), str(v), str(b)) for f, v, b in rows]


def store_perturbation_table(conn: Conn, table_id: str, text: str) -> None:
    """Keep a member's perturbation table (once per table)."""
    conn.execute("INSERT OR IGNORE INTO hub_perturbation_tables(table_id, body) VALUES (?, ?)", (table_id, text))


def perturbation_tables(conn: Conn) -> dict[str, str]:
    """table id -> the table's JSON, for every table a member sent."""
    return {str(i): str(b) for i, b in conn.execute("SELECT table_id, body FROM hub_perturbation_tables")}


def store_sharing(conn: Conn, member_id: str, sequence: int, sharing: Sharing) -> None:
    """Keep what a member shares, unless a later bundle of its already said otherwise."""
    conn.execute(
        "INSERT INTO hub_sharing(member_id, sequence, body) VALUES (?, ?, ?) ON CONFLICT(member_id) DO UPDATE SET "
        "sequence = excluded.sequence, body = excluded.body WHERE excluded.sequence > hub_sharing.sequence",
        (member_id, sequence, sharing.model_dump_json()),
    )


def sharing(conn: Conn) -> dict[str, Sharing]:
    """member id -> what it shares (members not in it share nothing beyond their releases)."""
    return {str(m): Sharing.model_validate_json(b) for m, b in conn.execute("SELECT member_id, body FROM hub_sharing")}


# --- a coordinator's hub ---------------------------------------------------------------------


@dataclass(frozen=True)
class Membership:
    """The hub this coordinator joined: its kit and its pinned signing key."""

    kit: HubKit
    hub_signing_key: bytes
    installed_day: str


def membership(conn: Conn) -> Membership | None:
    """The hub this coordinator joined, if any."""
    row = conn.execute("SELECT body, hub_signing_key, installed_day FROM hub_membership WHERE id = 1").fetchone()
    return None if row is None else Membership(HubKit.model_validate_json(row[0]), bytes(row[1]), str(row[2]))


def save_membership(conn: Conn, kit: HubKit, signer: bytes, day: str) -> None:
    """Join a hub, or take its newer kit."""
    conn.execute(
        "INSERT INTO hub_membership(id, hub_signing_key, kit_serial, body, installed_day) VALUES (1, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET hub_signing_key = excluded.hub_signing_key, kit_serial = excluded.kit_serial, "
        "body = excluded.body, installed_day = excluded.installed_day",
        (signer, kit.kit_serial, kit.model_dump_json(), day),
    )


def record_sent_upward(conn: Conn, body: UpwardBody, body_text: bytes, content_hash: str) -> None:
    """Remember an upward bundle in the coordinator's outbox (its body as signed)."""
    m = body.manifest
    conn.execute(
        "INSERT INTO sync_outbox(bundle_id, sequence, content_hash, body, created_day) VALUES (?, ?, ?, ?, ?)",
        (m.bundle_id, m.sequence, content_hash, body_text.decode("utf-8"), m.created_day),
    )


def sent_upward_bodies(conn: Conn) -> list[UpwardBody]:
    """Every upward bundle this coordinator made, oldest first."""
    rows = conn.execute("SELECT body FROM sync_outbox ORDER BY sequence").fetchall()
    return [UpwardBody.model_validate_json(r[0], context={STORED: True}) for r in rows]


def sent_upward_body(conn: Conn, bundle_id: str) -> UpwardBody | None:
    """One upward bundle this coordinator made (to make it again)."""
    row = conn.execute("SELECT body FROM sync_outbox WHERE bundle_id = ?", (bundle_id,)).fetchone()
    return None if row is None else UpwardBody.model_validate_json(row[0], context={STORED: True})
