"""Command: ``interview --form ID --answers FILE [--partial] [--dry-run]`` — back-entry of paper questionnaires."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from napsurvey.cli.passphrase import NEW_PASSPHRASE_ENV, PASSPHRASE_ENV, open_session
from napsurvey.errors import ErrorCode, NapError

#: Variables that may hold a secret: kept out of the engine workers' environment.
SECRET_ENV = (PASSPHRASE_ENV, NEW_PASSPHRASE_ENV)

#: Refuse absurdly large inputs before reading them.
MAX_ANSWERS_BYTES = 2 * 1024**3
#: Files at least this large get engine worker processes by default (about 5,000 questionnaires).
WORKERS_FROM_BYTES = 4 * 1024 * 1024
#: At most this many workers by default.
MAX_WORKERS = 4


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this module's commands to the parser."""
    cmd = sub.add_parser(
        "interview",
        help="enter paper questionnaires (back-entry)",
        description=(
            "FILE holds JSON Lines, one paper questionnaire a line (or one JSON object): question name -> value, "
            "the consent answer included, with '@paper_id' (the number written on the paper: a questionnaire "
            "is stored once, entering it again is refused) and '@date': 'YYYY-MM-DD' (the date on the paper, "
            "kept to the month). Each goes through the same engine as the desktop app. "
            "The file is stored whole or not at all; --partial stores the good lines and reports the others."
        ),
    )
    cmd.add_argument("--form", required=True, metavar="ID", help="form id (napsurvey forms list)")
    cmd.add_argument("--answers", required=True, metavar="FILE", help="JSON Lines or one JSON object; - for standard input")
    cmd.add_argument("--partial", action="store_true", help="store the lines that pass even if others are refused")
    cmd.add_argument("--dry-run", action="store_true", help="check only (paper numbers too); write nothing")
    cmd.add_argument("--progress", action="store_true", help="print a line after each batch checked or committed")
    cmd.add_argument(
        "--workers", type=int, metavar="N", default=None,
        help="engine processes (default: one per core, up to 4, for files over 4 MB; 0: none)",
    )  # fmt: skip
    cmd.set_defaults(handler=_interview)


@contextlib.contextmanager
def _open(name: str) -> Iterator[tuple[IO[bytes], int | None]]:
    """The answers as a binary stream (read line by line, never whole) and its size if known."""
    if name == "-":
        yield sys.stdin.buffer, None
        return
    path = Path(name)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise NapError(ErrorCode.CLI_FILE, path=name, reason="a folder, not a file")
        if size > MAX_ANSWERS_BYTES:
            raise NapError(ErrorCode.CLI_FILE, path=name, reason="file too large")
        handle = path.open("rb")
    except FileNotFoundError:
        raise NapError(ErrorCode.CLI_FILE, path=name, reason="no such file") from None
    except OSError as exc:
        raise NapError(ErrorCode.CLI_FILE, path=name, reason=exc.strerror or "cannot read") from None
    with handle:
        yield handle, size


def _workers(asked: int | None, size: int | None) -> int:
    if asked is not None:
        if asked < 0:
            raise NapError(ErrorCode.CLI_USAGE, reason="--workers must be 0 or more")
        return asked
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if size is None or size < WORKERS_FROM_BYTES or cores < 2:
        return 0
    return min(cores, MAX_WORKERS)


@contextlib.contextmanager
def _secrets_hidden() -> Iterator[None]:
    """The secrets the command may read from the environment taken out of it (the vault is open
    by then): back-entry's engine workers are new processes that inherit the environment, and
    none should hold the passphrase."""
    hidden = {name: os.environ.pop(name) for name in SECRET_ENV if name in os.environ}
    try:
        yield
    finally:
        os.environ.update(hidden)


def _interview(args: argparse.Namespace) -> int:
    from napsurvey.services.backentry import back_entry  # noqa: PLC0415 - loaded when used (start-up time)

    def progress(kind: str, n: int) -> None:
        print(f"{kind} {n}", flush=True)

    with _open(args.answers) as (stream, size):
        workers = _workers(args.workers, size)
        with open_session(args) as session, _secrets_hidden():
            report = back_entry(
                session, args.form, stream, dry_run=args.dry_run, partial=args.partial,
                on_progress=progress if args.progress else None, workers=workers,
            )  # fmt: skip
    for line in report.refused:
        print(f"error {line}", file=sys.stderr)
    print(report.summary())
    return 0 if report.ok else 1
