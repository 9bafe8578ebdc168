"""Entry point of the ``napsurvey`` command.

Each command group lives in its own module that exposes
``register(subparsers)``; a command's handler takes the parsed arguments and
returns an exit code. Every :class:`~napsurvey.errors.NapError` becomes one
line ``error CODE: message`` on stderr and exit 1, never a traceback.

Usage problems are the command line's own: a handler checks its options
before calling a service and raises ``CLI_USAGE``; for a domain refusal whose
remedy is a command or an option, :data:`HINTS` adds it to the line (the
services never speak of flags).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from napsurvey import __version__
from napsurvey.cli import forms_cmd, interview_cmd, outputs_cmd, plan_cmd, sync_cmd, training_cmd, vault_cmd
from napsurvey.errors import ErrorCode, NapError
from napsurvey.services.process import harden_process

Handler = Callable[[argparse.Namespace], int]

#: What to type next, for refusals whose remedy on the command line is a command or an option.
HINTS: dict[ErrorCode, str] = {
    ErrorCode.KIT_OTHER_COORDINATOR: "if your coordinator's key was lost, add --replace-coordinator FINGERPRINT "
    "(the fingerprint the new coordinator reads aloud)",
    ErrorCode.KIT_NEEDS_CODE: "add --code CODE, or run enroll in a terminal to be asked",
    ErrorCode.VAULT_NOT_FOUND: "run 'napsurvey init' first",
    ErrorCode.KIT_NOT_ENROLLED: "run 'napsurvey enroll KIT'",
    ErrorCode.KIT_NEEDS_REFERRALS: "give it with --referrals FILE",
    ErrorCode.KIT_NEEDS_PROTOCOL: "give it with --protocol FILE",
    ErrorCode.TABLES_DHIS2_NO_MAPPING: "give it with --mapping FILE",
    ErrorCode.PLAN_NOT_IMPORTED: "run 'napsurvey plan import FILE'",
    ErrorCode.PLAN_NO_ASSESSMENT: "store one with 'napsurvey plan assess --file FILE'",
    ErrorCode.PLAN_ANOTHER_PLAN: "add --replace to replace it",
}


def error_line(exc: NapError) -> str:
    """The one line a refusal prints: ``error CODE: message``, and the hint when there is one."""
    hint = HINTS.get(exc.code)
    return f"error {exc}; {hint}" if hint else f"error {exc}"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One coded line instead of argparse's usage dump.
        raise NapError(ErrorCode.CLI_USAGE, reason=message)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser (also used by the docs and the tests)."""
    parser = _Parser(prog="napsurvey", description="Offline field questionnaires for NAP monitoring.")
    parser.add_argument("--version", action="version", version=f"napsurvey {__version__}")
    parser.add_argument("--home", metavar="DIR", help="home folder of the vault (default: NAPSURVEY_HOME or the user data folder)")
    parser.add_argument("--passphrase-file", metavar="FILE", help="read the passphrase from FILE")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    sub.add_parser("gui", help="start the desktop app (the default)")
    for module in (forms_cmd, vault_cmd, training_cmd, interview_cmd, sync_cmd, outputs_cmd, plan_cmd):
        module.register(sub)
    return parser


GuiRunner = Callable[[str | None], int]


def _no_gui(home: str | None) -> int:
    raise NapError(ErrorCode.CLI_USAGE, reason="the desktop app is not available in this command")


def main(argv: Sequence[str] | None = None, gui_runner: GuiRunner = _no_gui) -> int:
    """Run the command line; return the exit code.

    With no command (or ``gui``) the desktop app starts through ``gui_runner``,
    which the launcher injects so that the CLI never imports Qt.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    harden_process()  # before any secret is in memory: no core dumps, no ptrace
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        handler: Handler | None = getattr(args, "handler", None)
        if handler is None:
            return gui_runner(args.home)
        return handler(args)
    except NapError as exc:
        print(error_line(exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"error {NapError(ErrorCode.CLI_INTERRUPTED)}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - last line of defence: never a traceback for the user
        print(f"error {NapError(ErrorCode.INTERNAL, kind=type(exc).__name__)}", file=sys.stderr)
        return 1
