"""Paper questionnaires already entered by back-entry, kept only as keyed hashes.

Each paper questionnaire carries its number (``@paper_id``). The vault keeps
HMAC-SHA256 of the form id and that number under a random key of this vault
(made when the table was), never the number itself, so that entering the same
questionnaire again is refused without the vault holding a list of paper
numbers that could lead back to the papers.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from napsurvey.vault.store import Vault

#: SQLite's default limit on bound parameters is 999 in old builds: stay below it.
_CHUNK = 500


def paper_key(vault: Vault) -> bytes:
    """This vault's key for paper numbers."""
    return bytes(vault.connection.execute("SELECT secret FROM backentry_key WHERE id = 1").fetchone()[0])


def paper_digest(key: bytes, form_id: str, paper_id: str) -> bytes:
    """The keyed hash stored for paper ``paper_id`` of form ``form_id``."""
    return hmac.new(key, f"{form_id}\x1f{paper_id}".encode(), hashlib.sha256).digest()


def entered(vault: Vault, digests: Sequence[bytes]) -> dict[bytes, bytes]:
    """digest -> the run that entered it, for those of ``digests`` already in the vault
    (rows written earlier in the open transaction included)."""
    found: dict[bytes, bytes] = {}
    conn = vault.connection
    for start in range(0, len(digests), _CHUNK):
        chunk = digests[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        for digest, run in conn.execute(f"SELECT digest, run FROM backentry_papers WHERE digest IN ({marks})", chunk):
            found[bytes(digest)] = bytes(run)
    return found


def add_papers(vault: Vault, digests: Iterable[bytes], run: bytes) -> None:
    """Record papers as entered by ``run``."""
    with vault.transaction() as conn:
        conn.executemany("INSERT INTO backentry_papers(digest, run) VALUES (?, ?)", ((d, run) for d in digests))


class _Repeats(Exception):
    """Leaves the savepoint of :func:`add_if_all_new`."""


def add_if_all_new(vault: Vault, digests: Sequence[bytes], run: bytes) -> bool:
    """Record papers as entered by ``run`` if none of them was entered before (nor twice among
    them); else record nothing and return False. The common case costs one insert per paper."""
    try:
        with vault.transaction() as conn:
            before = conn.total_changes
            conn.executemany("INSERT OR IGNORE INTO backentry_papers(digest, run) VALUES (?, ?)", ((d, run) for d in digests))
            if conn.total_changes - before != len(digests):
                raise _Repeats
    except _Repeats:
        return False
    return True
