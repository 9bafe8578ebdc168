"""Vault benchmarks: unlock time and raw SQLCipher single-row commit rate.

Run: ``python bench/vault.py``. Uses production KDF settings (calibrated at
creation), so it takes a few seconds. Ends with one line per figure:
``bench: NAME VALUE (target T) PASS|FAIL``. The raw commit rate is the
physical limit other figures are compared with (same pragmas as the vault).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from napsurvey.vault.connection import Database, open_connection  # noqa: E402
from napsurvey.vault.keyfile import TEST_FAST_KDF_ENV, new_data_key  # noqa: E402
from napsurvey.vault.store import Vault  # noqa: E402

PASSPHRASE = "benchmark passphrase 1"


def unlock_seconds(folder: Path, runs: int = 3) -> float:
    """Median time of ``Vault.open`` on a freshly created vault (production KDF)."""
    home = folder / "unlock"
    Vault.create(home, "monitor", PASSPHRASE)[0].close()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        vault = Vault.open(home, PASSPHRASE)
        times.append(time.perf_counter() - start)
        vault.close()
    return statistics.median(times)


def raw_single_commit_rate(folder: Path, n: int = 5000) -> float:
    """Single-row ``BEGIN IMMEDIATE``/``COMMIT`` transactions per second on raw SQLCipher."""
    db = Database(open_connection(folder / "raw.db", new_data_key()))
    conn = db.conn
    conn.execute("CREATE TABLE r (id INTEGER PRIMARY KEY, form_id TEXT, month TEXT, data TEXT)")
    row = json.dumps({"q1": "yes", "q2": 3, "district": "north", "age": "25-34"})
    start = time.perf_counter()
    for _ in range(n):
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO r (form_id, month, data) VALUES ('f', '2025-01', ?)", (row,))
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    db.close()
    return n / elapsed


def raw_grouped_seconds(folder: Path, n: int = 100_000) -> float:
    """Seconds to insert ``n`` JSON rows in one transaction on raw SQLCipher."""
    db = Database(open_connection(folder / "grouped.db", new_data_key()))
    conn = db.conn
    conn.execute("CREATE TABLE r (id INTEGER PRIMARY KEY, form_id TEXT, month TEXT, data TEXT)")
    rows = [("f", "2025-01", json.dumps({"q1": "yes", "i": i})) for i in range(n)]
    start = time.perf_counter()
    with db.transaction():
        conn.executemany("INSERT INTO r (form_id, month, data) VALUES (?, ?, ?)", rows)
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def _line(name: str, value: float, target: str, ok: bool) -> None:
    print(f"bench: {name} {value:.3f} (target {target}) {'PASS' if ok else 'FAIL'}")


def main() -> int:
    """Run the vault benchmarks and print the verdict lines."""
    os.environ.pop(TEST_FAST_KDF_ENV, None)  # production KDF only
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        unlock = unlock_seconds(folder)
        rate = raw_single_commit_rate(folder)
        grouped = raw_grouped_seconds(folder)
    _line("unlock_seconds", unlock, "0.3-1.0 s", 0.3 <= unlock <= 1.0)
    _line("raw_sqlcipher_single_commits_per_s", rate, "reference, > 0", rate > 0)
    _line("raw_sqlcipher_100k_grouped_seconds", grouped, "reference, > 0", grouped > 0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
