"""Command: ``interview --form ID --answers FILE [--dry-run]`` — back-entry of paper questionnaires."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from napsurvey.cli.passphrase import open_session
from napsurvey.errors import ErrorCode, NapError
from napsurvey.services.interviews import back_entry

#: Refuse absurdly large inputs before reading them into memory.
MAX_ANSWERS_BYTES = 2 * 1024**3


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this module's commands to the parser."""
    cmd = sub.add_parser(
        "interview",
        help="enter paper questionnaires (back-entry)",
        description=(
            "FILE holds one JSON object (question name -> value, the consent answer included) or JSON Lines, "
            "one interview a line. Each goes through the same engine as the desktop app. "
            "'@date': 'YYYY-MM-DD' gives the date on the paper (kept to the month)."
        ),
    )
    cmd.add_argument("--form", required=True, metavar="ID", help="form id (napsurvey forms list)")
    cmd.add_argument("--answers", required=True, metavar="FILE", help="JSON object or JSON Lines; - for standard input")
    cmd.add_argument("--dry-run", action="store_true", help="check only; write nothing")
    cmd.add_argument("--progress", action="store_true", help="print a line after each committed batch")
    cmd.set_defaults(handler=_interview)


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    path = Path(name)
    try:
        if path.stat().st_size > MAX_ANSWERS_BYTES:
            raise NapError(ErrorCode.CLI_FILE, path=name, reason="file too large")
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise NapError(ErrorCode.CLI_FILE, path=name, reason="no such file") from None
    except UnicodeDecodeError:
        raise NapError(ErrorCode.CLI_FILE, path=name, reason="not UTF-8 text") from None
    except OSError as exc:
        raise NapError(ErrorCode.CLI_FILE, path=name, reason=exc.strerror or "cannot read") from None


def _progress(total: int) -> None:
    print(f"committed {total}", flush=True)


def _interview(args: argparse.Namespace) -> int:
    text = _read(args.answers)
    with open_session(args) as session:
        report = back_entry(session, args.form, text, dry_run=args.dry_run, on_commit=_progress if args.progress else None)
    for line in report.refused:
        print(f"error {line}", file=sys.stderr)
    verb = "checked" if report.dry_run else "stored"
    print(
        f"{report.completed} interviews {verb}, {report.counted_only} counted only (refused consent or ended),"
        f" {len(report.refused)} refused"
    )
    return 0 if report.ok else 1
