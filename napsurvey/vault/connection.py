"""Opening the SQLCipher database safely, and write transactions.

Every connection gets the settings of DESIGN section 5, and each one is read
back: if SQLCipher reports anything else (an old build, a setting silently
ignored) we refuse with ``VAULT_INSECURE`` rather than run with plaintext
temp files or recoverable deleted pages.

The key is given as a raw key, ``PRAGMA key = "x'<hex>'"``, built only from
the data key's own hex digits (PRAGMA cannot take a bound parameter, and no
user text ever reaches this string). The statement is built in a mutable
buffer, run outside the statement cache (so SQLite finalises it at once) and
its text is overwritten straight after; SQLCipher's memory security, turned
on before the key, wipes everything SQLite frees, its own copy of the key
included when the connection closes.

The connection holds the database in SQLite's exclusive locking mode from the
moment it opens until it closes: whatever path reaches the file (even with
``vault.lock`` deleted), a second process is refused at the database with
``VAULT_LOCKED_BY_OTHER``. In that mode WAL keeps its index in memory, so
there is no ``-shm`` file.

Errors SQLite reports are never passed on raw: a busy database is
``VAULT_LOCKED_BY_OTHER``, a full disk ``DISK_FULL``.

The write-ahead log keeps an image of every version of every page it
changed, long after ``secure_delete`` has zeroed a deleted draft in the
database itself. :meth:`Database.scrub_log` folds the log into the database,
overwrites it with zeros and truncates it; the vault asks for it whenever a
draft is destroyed (completion, stop, discard) and at close.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Protocol, cast

from sqlcipher3 import dbapi2 as sqlcipher

from napsurvey.errors import ErrorCode, NapError
from napsurvey.vault import memwipe

#: A value SQLite stores or returns.
Param = str | int | float | bytes | None
#: A result row. Its values are whatever SQLite holds, so each caller converts them (``str(row[0])``).
Row = tuple[Any, ...]


class Cursor(Protocol):
    """The part of a DB-API cursor the vault uses."""

    @property
    def rowcount(self) -> int: ...

    @property
    def lastrowid(self) -> int | None: ...

    def fetchone(self) -> Row | None: ...

    def fetchall(self) -> list[Row]: ...

    def fetchmany(self, size: int = ..., /) -> list[Row]: ...

    def __iter__(self) -> Iterator[Row]: ...


class Connection(Protocol):
    """A SQLCipher connection, as typed for mypy (sqlcipher3 ships no type information).

    :func:`open_connection` returns the library's own object; this protocol
    names the methods the vault and its repositories call, so strict mypy
    checks every use.
    """

    @property
    def in_transaction(self) -> bool: ...

    def execute(self, sql: str, parameters: Sequence[Param] = ..., /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Param]], /) -> Cursor: ...

    def executescript(self, sql: str, /) -> Cursor: ...

    def close(self) -> None: ...


class OpenVault(Protocol):
    """What a repository function needs of an open vault: reads and write transactions.

    :class:`napsurvey.vault.store.Vault` is one; the repositories name this
    protocol rather than the class, so the vault and its repositories do not
    import each other.
    """

    @property
    def connection(self) -> Connection: ...

    def transaction(self) -> AbstractContextManager[Connection]: ...

    def scrub_log(self) -> None: ...


DatabaseError: type[Exception] = sqlcipher.DatabaseError


def one(cursor: Cursor) -> Row:
    """The row of a query that always returns one (``count(*)``, ``max()``, the identity row).

    Its absence means the database lost a row it cannot lose: VAULT_CORRUPT.
    """
    row = cursor.fetchone()
    if row is None:
        raise NapError(ErrorCode.VAULT_CORRUPT, reason="a required row is missing")
    return row

#: Applied in this order right after the key.
APPLY: tuple[str, ...] = (
    "PRAGMA cipher_log_level = NONE",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
)

#: Setting -> acceptable read-back values (lower-cased strings). ``None`` in
#: the set means "the build does not report it" (only for the log level).
REQUIRED: dict[str, frozenset[str | None]] = {
    "cipher_memory_security": frozenset({"1", "on"}),
    "cipher_log_level": frozenset({"none", None}),
    "temp_store": frozenset({"2", "memory"}),
    "secure_delete": frozenset({"1", "on"}),
    "journal_mode": frozenset({"wal"}),
    "synchronous": frozenset({"2", "full"}),
    "foreign_keys": frozenset({"1", "on"}),
    "locking_mode": frozenset({"exclusive"}),
}

def _is(exc: BaseException, base: str) -> bool:
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    return name == base or name.startswith(base + "_")


#: Below this much free space, an I/O error while writing is taken for a full disk.
NEARLY_FULL_BYTES = 1024 * 1024


def _nearly_full(path: Path | None) -> bool:
    if path is None:
        return False
    try:
        return shutil.disk_usage(path.parent).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def coded(exc: BaseException, path: Path | None = None) -> NapError | None:
    """The coded refusal for an SQLite error that says something about the situation, not the data.

    A busy or locked database means another process has it open; a full disk
    (SQLite's SQLITE_FULL, or an I/O error with almost no space left where
    ``path`` lives) is DISK_FULL. Anything else (damage, a wrong key) is left
    to the caller.
    """
    if _is(exc, "SQLITE_BUSY") or _is(exc, "SQLITE_LOCKED"):
        return NapError(ErrorCode.VAULT_LOCKED_BY_OTHER)
    if _is(exc, "SQLITE_FULL") or (_is(exc, "SQLITE_IOERR") and _nearly_full(path)):
        return NapError(ErrorCode.DISK_FULL, path=path.name if path is not None else "the vault")
    return None


def _read_setting(conn: Connection, name: str) -> str | None:
    row = conn.execute(f"PRAGMA {name}").fetchone()  # name comes from REQUIRED, never from input
    return None if row is None or row[0] is None else str(row[0]).lower()


def cipher_version(conn: Connection) -> str:
    """SQLCipher's version string ('' when the library is plain SQLite)."""
    row = conn.execute("PRAGMA cipher_version").fetchone()
    return "" if row is None or row[0] is None else str(row[0])


_HEX = b"0123456789abcdef"


def key_pragma(data_key: bytearray) -> bytearray:
    """``PRAGMA key = "x'…'"`` from our own 32 random bytes, in a buffer the caller wipes."""
    if len(data_key) != 32:
        raise ValueError("data key must be 32 bytes")
    head, tail = b"PRAGMA key = \"x'", b"'\""
    out = bytearray(len(head) + 64 + len(tail))
    out[: len(head)] = head
    for index, byte in enumerate(data_key):
        out[len(head) + 2 * index] = _HEX[byte >> 4]
        out[len(head) + 2 * index + 1] = _HEX[byte & 15]
    out[len(head) + 64 :] = tail
    return out


def _key(conn: Connection, data_key: bytearray) -> None:
    statement = key_pragma(data_key)
    sql = statement.decode("ascii")  # SQLite needs a str: a fresh one, overwritten below
    try:
        conn.executescript(sql)  # prepared, run and finalised at once: never kept in the statement cache
    finally:
        memwipe.wipe_str(sql)
        memwipe.wipe(statement)


def configure(conn: Connection, data_key: bytearray, path: Path | None = None) -> None:
    """Key the connection, apply :data:`APPLY` and verify it all read back (``path`` names the file in refusals)."""
    # Silence SQLCipher before its first read: a damaged page would otherwise
    # print its own "ERROR CORE ..." lines on stderr around our coded one.
    conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
    # Process-wide, and before the key: from now on SQLite zeroes every block it frees.
    conn.execute("PRAGMA cipher_memory_security = ON").fetchall()
    _key(conn, data_key)
    # Before the first read, so the WAL index lives in this process and no other one can share it.
    conn.execute("PRAGMA locking_mode = EXCLUSIVE").fetchall()
    version = cipher_version(conn)
    if not version.startswith("4."):
        raise NapError(ErrorCode.VAULT_INSECURE, setting=f"cipher_version {version or 'missing'}")
    try:
        # First real read: with a valid key file this only fails on damage.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for statement in APPLY:
            conn.execute(statement).fetchall()
        # Take the write lock now and keep it (exclusive mode holds it until close).
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except DatabaseError as exc:
        raise coded(exc, path) or NapError(ErrorCode.VAULT_CORRUPT, reason="the database cannot be read with this key") from None
    for name, accepted in REQUIRED.items():
        if _read_setting(conn, name) not in accepted:
            raise NapError(ErrorCode.VAULT_INSECURE, setting=name)


#: Prepared statements the connection keeps for reuse. Each one kept holds some of SQLite's
#: small-allocation pool (lookaside); past about ten, every row written allocates from the
#: process heap instead, which with ``cipher_memory_security`` means locking and wiping
#: each block: a batch of inserts took 2.2 times as long (31 against 14 microseconds a row,
#: bench/vault.py). Preparing a statement again costs a few microseconds, once per call.
CACHED_STATEMENTS = 8


class _OneStatementAtATime(sqlcipher.Connection):  # type: ignore[misc]
    """The library's connection, with one statement started at a time, whatever the thread.

    The desktop app uses a session's one connection from the GUI thread and from worker
    threads (an indicator drawn while the tables are written). The library's statement cache
    is not safe for that: SQLite prepares a statement with the interpreter lock released, and
    two threads preparing the same text at once leave the cache with an entry it no longer
    knows, after which every statement on the connection fails with a KeyError. Starting a
    statement takes this lock; reading its rows does not (SQLite serialises those itself).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._starting = threading.RLock()

    def execute(self, *args: Any) -> Any:
        with self._starting:
            return super().execute(*args)

    def executemany(self, *args: Any) -> Any:
        with self._starting:
            return super().executemany(*args)

    def executescript(self, *args: Any) -> Any:
        with self._starting:
            return super().executescript(*args)


def open_connection(path: Path, data_key: bytearray) -> Connection:
    """Open (or create) the encrypted database at ``path``, configured and verified."""
    # isolation_level=None: we issue BEGIN IMMEDIATE / COMMIT ourselves.
    # check_same_thread=False: the GUI runs work on helper threads; Database.transaction()
    # serialises writers with a lock, _OneStatementAtATime the start of every statement.
    # timeout=0: another process holding the database is refused at once, never waited for.
    # cached_statements: see CACHED_STATEMENTS.
    conn = cast(
        Connection,
        sqlcipher.connect(
            str(path), isolation_level=None, check_same_thread=False, timeout=0, cached_statements=CACHED_STATEMENTS,
            factory=_OneStatementAtATime,
        ),
    )
    try:
        configure(conn, data_key, path)
    except BaseException:
        conn.close()
        raise
    return conn


class Database:
    """A configured connection plus re-entrant write transactions (``path``: the file, for refusals)."""

    def __init__(self, conn: Connection, path: Path | None = None) -> None:
        self.conn = conn
        self.path = path
        self._lock = threading.RLock()
        self._depth = 0
        self._scrub_pending = False

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``; rollback on any exception.

        Nested use is allowed: the inner block becomes a SAVEPOINT, so a
        repository function can be called alone or inside a larger unit of work
        (e.g. store the record and destroy the draft together).
        """
        with self._lock:
            try:
                if self._depth == 0:
                    self.conn.execute("BEGIN IMMEDIATE")
                    commit, rollback = "COMMIT", "ROLLBACK"
                else:
                    name = f"sp{self._depth}"
                    commit, rollback = f"RELEASE {name}", f"ROLLBACK TO {name}; RELEASE {name}"
                    self.conn.execute(f"SAVEPOINT {name}")
            except DatabaseError as exc:
                raise coded(exc, self.path) or exc from None
            self._depth += 1
            try:
                yield self.conn
            except BaseException as exc:
                self._depth -= 1
                self._undo(rollback)
                refusal = coded(exc, self.path) if isinstance(exc, DatabaseError) else None
                if refusal is not None:
                    raise refusal from None
                raise
            self._depth -= 1
            try:
                self.conn.execute(commit)
            except DatabaseError as exc:
                if self._depth == 0 and self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise coded(exc, self.path) or exc from None
            if self._depth == 0 and self._scrub_pending:
                try:
                    self._scrub()
                except DatabaseError as exc:
                    # Committed already; the scrub is retried at the next commit and at close.
                    raise coded(exc, self.path) or exc from None

    def _undo(self, rollback: str) -> None:
        try:
            for statement in rollback.split("; "):
                self.conn.execute(statement)
        except DatabaseError:
            # SQLite may already have rolled the whole transaction back (a full disk does that).
            if self.conn.in_transaction:
                raise

    def scrub_log(self) -> None:
        """Fold the WAL into the database, overwrite it with zeros and truncate it to nothing.

        Inside a transaction this happens once the outermost one commits.

        After a RESTART checkpoint every frame is in the (synced) database and
        SQLite reads pages from the database only, so the log's bytes can be
        zeroed in place; a crash at any point leaves a log SQLite ignores and a
        complete database. If a reader still holds a snapshot the scrub waits
        for the next commit or for close.
        """
        with self._lock:
            self._scrub_pending = True
            if self._depth == 0:
                self._scrub()

    def _scrub(self) -> None:
        busy, frames, done = one(self.conn.execute("PRAGMA wal_checkpoint(RESTART)"))
        if busy or frames != done:
            return  # still pending: tried again after the next commit, and at close
        if self.path is not None and frames > 0:
            zero_file(Path(f"{self.path}-wal"))
        one(self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)"))
        self._scrub_pending = False

    @property
    def in_transaction(self) -> bool:
        """True inside :meth:`transaction`."""
        return self._depth > 0

    def close(self) -> None:
        """Scrub the WAL into the database (see :meth:`scrub_log`) and close."""
        try:
            self._scrub()
        except DatabaseError:
            pass  # best effort: the WAL is encrypted too, and is replayed on the next open
        self.conn.close()


def zero_file(path: Path) -> None:
    """Overwrite a file's bytes with zeros in place and sync (best effort: an absent file is fine)."""
    try:
        fd = os.open(path, os.O_WRONLY)
    except OSError:
        return
    try:
        size = os.fstat(fd).st_size
        block = bytes(1 << 16)
        os.lseek(fd, 0, os.SEEK_SET)
        left = size
        while left > 0:
            left -= os.write(fd, block[: min(len(block), left)])
        os.fsync(fd)
    finally:
        os.close(fd)
