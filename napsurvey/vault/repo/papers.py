"""Paper questionnaires already entered by back-entry, kept only as keyed hashes.

Each paper questionnaire carries its number (``@paper_id``). The vault keeps
HMAC-SHA256 of the form id and that number under a random key of this vault
(made when the table was), never the number itself, so that entering the same
questionnaire again is refused without the vault holding a list of paper
numbers that could lead back to the papers.
"""

from __future__ import annotations

import hmac
from collections.abc import Sequence

from napsurvey.vault.connection import Connection, OpenVault, one

#: SQLite's default limit on bound parameters is 999 in old builds: stay below it.
_CHUNK = 500


def paper_key(vault: OpenVault) -> bytes:
    """This vault's key for paper numbers."""
    return bytes(one(vault.connection.execute("SELECT secret FROM backentry_key WHERE id = 1"))[0])


def paper_digest(key: bytes, form_id: str, paper_id: str) -> bytes:
    """The keyed hash stored for paper ``paper_id`` of form ``form_id``."""
    return hmac.digest(key, f"{form_id}\x1f{paper_id}".encode(), "sha256")  # one call: back-entry hashes every paper


def entered(vault: OpenVault, digests: Sequence[bytes]) -> dict[bytes, bytes]:
    """digest -> the tag of the run and batch that entered it, for those of ``digests`` in the
    vault (rows written earlier in the open transaction included)."""
    found: dict[bytes, bytes] = {}
    conn = vault.connection
    for start in range(0, len(digests), _CHUNK):
        chunk = digests[start : start + _CHUNK]
        sql = f"SELECT digest, run FROM backentry_papers WHERE digest IN ({', '.join('?' * len(chunk))})"  # noqa: S608 - '?' marks only
        for digest, run in conn.execute(sql, chunk):
            found[bytes(digest)] = bytes(run)
    return found


def add_papers(conn: Connection, digests: Sequence[bytes], tag: bytes) -> bool:
    """Record papers as entered, inside the caller's transaction; True if all were new.

    ``tag`` says which run and batch entered them (so a later look-up can tell a repeat
    "earlier in this file" from one "by an earlier back-entry"). Papers already entered
    keep their first tag. No savepoint: in a long transaction a savepoint copies every
    page it changes (in memory, each allocation locked by SQLCipher's memory security).
    """
    before = int(one(conn.execute("SELECT total_changes()"))[0])
    conn.executemany("INSERT OR IGNORE INTO backentry_papers(digest, run) VALUES (?, ?)", [(d, tag) for d in digests])
    return int(one(conn.execute("SELECT total_changes()"))[0]) - before == len(digests)
