"""The audit log: what happened and on which day - never an answer, never a file's content.

Each event has a ``detail`` (a short line for people) and ``data`` (the same
facts as JSON fields, for ``audit --json``). The events and their fields are
listed in ``docs/status-and-audit.md``; other capabilities may add events.
Neither may ever hold answer text, a folder name or anything read from a file.

Unlocks are counted on ``session`` lines (:func:`log_session`): one line per
run of unlocks by one front end on one day with nothing logged in between,
so a script that reads the status every few minutes adds a count, not lines.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath
from typing import Any

from napsurvey.errors import NapError
from napsurvey.vault.connection import OpenVault
from napsurvey.vault.days import today_iso

MAX_DETAIL = 200
MAX_VALUE = 120

Facts = Mapping[str, str | int | None]


@dataclass(frozen=True)
class AuditRow:
    """One event."""

    id: int
    day: str
    event: str
    detail: str
    data: dict[str, Any] = field(default_factory=dict)


def _printable(text: str) -> str:
    # one printable line: a file name is chosen by whoever made the stick
    return "".join(c if c.isprintable() else "?" for c in text)


def _clean(value: str | int | None) -> str | int | None:
    return _printable(value)[:MAX_VALUE] if isinstance(value, str) else value


def _data_text(data: Facts | None) -> str | None:
    if not data:
        return None
    return json.dumps({k: _clean(v) for k, v in data.items() if v is not None}, ensure_ascii=False, sort_keys=True)


def log_event(vault: OpenVault, event: str, detail: str = "", *, data: Facts | None = None, day: date | None = None) -> None:
    """Append an event (day-coarse timestamp)."""
    text = _printable(detail)[:MAX_DETAIL]
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO audit(day, event, detail, data) VALUES (?, ?, ?, ?)",
            (today_iso(day), event, text, _data_text(data)),
        )


def file_name(path: str) -> str:
    """The last part of ``path``: folder names (a person's name on a stick) stay out of the log."""
    return PurePath(path).name or path


def log_refusal(vault: OpenVault, event: str, error: NapError, *, file: str | None = None,
                device: str | None = None) -> None:
    """Log a refused kit, card, receipt or bundle with its code, after the refused work rolled back.

    The file's name only (never its folder, never its content); a full disk
    that refuses this line too is ignored, since the caller re-raises the
    refusal itself either way.
    """
    name = file_name(file) if file is not None else None
    subject = name if name is not None else device or ""
    with contextlib.suppress(Exception):
        log_event(vault, event, f"{error.code.name} {subject}".strip(),
                  data={"code": error.code.name, "file": name, "device": device})


def session_detail(front_end: str, unlocks: int) -> str:
    """``CLI, 3 unlocks``."""
    return f"{front_end}, {unlocks} unlock{'s' if unlocks != 1 else ''}"


def log_session(vault: OpenVault, front_end: str, *, day: date | None = None) -> None:
    """Count an unlock: on the last line if it is this front end's session of today, else on a new one."""
    today = today_iso(day)
    with vault.transaction() as conn:
        last = conn.execute("SELECT id, day, event, data FROM audit ORDER BY id DESC LIMIT 1").fetchone()
        facts = _loads(last[3]) if last is not None else {}
        if last is not None and last[2] == "session" and last[1] == today and facts.get("front_end") == front_end:
            unlocks = int(facts.get("unlocks", 1)) + 1
            conn.execute(
                "UPDATE audit SET detail = ?, data = ? WHERE id = ?",
                (session_detail(front_end, unlocks), _data_text({"front_end": front_end, "unlocks": unlocks}), last[0]),
            )
            return
        conn.execute(
            "INSERT INTO audit(day, event, detail, data) VALUES (?, 'session', ?, ?)",
            (today, session_detail(front_end, 1), _data_text({"front_end": front_end, "unlocks": 1})),
        )


def _loads(text: Any) -> dict[str, Any]:
    if not text:
        return {}
    try:
        value = json.loads(str(text))
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def list_events(vault: OpenVault) -> list[AuditRow]:
    """Every event, oldest first."""
    rows = vault.connection.execute("SELECT id, day, event, detail, data FROM audit ORDER BY id").fetchall()
    return [AuditRow(int(r[0]), str(r[1]), str(r[2]), str(r[3]), _loads(r[4])) for r in rows]


def last_day(vault: OpenVault, *events: str) -> str | None:
    """Day of the most recent of ``events`` (None if never)."""
    marks = ", ".join("?" * len(events))
    row = vault.connection.execute(
        f"SELECT day FROM audit WHERE event IN ({marks}) ORDER BY id DESC LIMIT 1", events  # noqa: S608 - only marks
    ).fetchone()
    return None if row is None else str(row[0])


def count_by(vault: OpenVault, event: str, key: str) -> dict[str, int]:
    """How many ``event`` lines there are per value of their ``data[key]``."""
    rows = vault.connection.execute(
        "SELECT json_extract(data, '$.' || ?), count(*) FROM audit WHERE event = ? GROUP BY 1", (key, event)
    ).fetchall()
    return {str(value): int(n) for value, n in rows if value is not None}
