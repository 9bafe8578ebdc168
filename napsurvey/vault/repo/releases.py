"""Releases and the publication ledger (coordinator).

A release is one edition of the protected tables of one form for one closed
period: its parameters, the form text it was made with, the bundles it
counted and its tallies (count and key sum per indicator cell). A
publication is one output written from releases. Both stay for good: they
are what lets a coordinator say what was published, when, and how.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from napsurvey.vault.connection import OpenVault, one


@dataclass(frozen=True)
class StoredRelease:
    """A release as the ledger lists it."""

    id: int
    form_id: str
    period: str
    edition: int
    created_day: str
    threshold: int
    method: str
    parameters: dict[str, Any]
    form_text: str
    bundles: list[str]


_COLUMNS = "id, form_id, period, edition, created_day, threshold, method, parameters, form_text, bundles"

#: (indicator, cell key, count, key sum) of one stored tally.
StoredTally = tuple[str, tuple[str, ...], int, int]


def _release(row: Sequence[Any]) -> StoredRelease:
    return StoredRelease(int(row[0]), str(row[1]), str(row[2]), int(row[3]), str(row[4]), int(row[5]), str(row[6]),
                         json.loads(row[7]), str(row[8]), [str(b) for b in json.loads(row[9])])


def insert_release(vault: OpenVault, release: StoredRelease, tallies: Iterable[StoredTally]) -> int:
    """Store a release and its tallies in one transaction; returns its id (``release.id`` is ignored)."""
    with vault.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO releases(form_id, period, edition, created_day, threshold, method, parameters, form_text, "
            "bundles) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (release.form_id, release.period, release.edition, release.created_day, release.threshold, release.method,
             json.dumps(release.parameters, sort_keys=True), release.form_text, json.dumps(release.bundles)),
        )
        assert cur.lastrowid is not None
        release_id = cur.lastrowid
        conn.executemany(
            "INSERT INTO release_cells(release_id, indicator, cell_key, n, key_sum) VALUES (?, ?, ?, ?, ?)",
            [(release_id, ind, json.dumps(list(key), ensure_ascii=False, separators=(",", ":")), n, key_sum)
             for ind, key, n, key_sum in tallies],
        )
    return release_id


def list_releases(vault: OpenVault, form_id: str | None = None) -> list[StoredRelease]:
    """Every release (optionally of one form), by form, period and edition."""
    sql = f"SELECT {_COLUMNS} FROM releases"  # noqa: S608 - constant columns
    params: tuple[Any, ...] = ()
    if form_id is not None:
        sql += " WHERE form_id = ?"
        params = (form_id,)
    rows = vault.connection.execute(sql + " ORDER BY form_id, period, edition", params).fetchall()
    return [_release(r) for r in rows]


def latest_release(vault: OpenVault, form_id: str, period: str) -> StoredRelease | None:
    """The newest edition of one form's release of one period."""
    row = vault.connection.execute(
        f"SELECT {_COLUMNS} FROM releases WHERE form_id = ? AND period = ? ORDER BY edition DESC LIMIT 1",  # noqa: S608
        (form_id, period),
    ).fetchone()
    return None if row is None else _release(row)


def release_tallies(vault: OpenVault, release_id: int) -> list[StoredTally]:
    """The tallies a release was made from."""
    rows = vault.connection.execute(
        "SELECT indicator, cell_key, n, key_sum FROM release_cells WHERE release_id = ? ORDER BY rowid", (release_id,)
    )
    return [(str(i), tuple(str(k) for k in json.loads(key)), int(n), int(s)) for i, key, n, s in rows]


def count_releases(vault: OpenVault) -> int:
    """How many editions the ledger holds."""
    return int(one(vault.connection.execute("SELECT count(*) FROM releases"))[0])


@dataclass(frozen=True)
class Publication:
    """One output written from releases."""

    day: str
    output: str
    releases: list[tuple[str, str, int]]
    detail: str


def record_publication(vault: OpenVault, publication: Publication) -> None:
    """Add an output to the ledger."""
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO publications(day, output, releases, detail) VALUES (?, ?, ?, ?)",
            (publication.day, publication.output, json.dumps([list(r) for r in publication.releases]),
             publication.detail),
        )


def list_publications(vault: OpenVault) -> list[Publication]:
    """Every output written, oldest first."""
    rows = vault.connection.execute("SELECT day, output, releases, detail FROM publications ORDER BY id")
    return [Publication(str(d), str(o), [(str(f), str(p), int(e)) for f, p, e in json.loads(r)], str(x))
            for d, o, r, x in rows]
