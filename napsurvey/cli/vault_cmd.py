"""Commands: ``init``, ``passphrase change|recover``, ``status``, ``audit``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from napsurvey.cli.passphrase import (
    home_from,
    new_passphrase_from,
    open_session,
    passphrase_from,
    read_secret_file,
)
from napsurvey.errors import ErrorCode, NapError

RECOVERY_WARNING = (
    "Write this recovery key on paper now and keep it apart from this computer.\n"
    "It is shown only this once. With it anyone can set a new passphrase;\n"
    "without it a forgotten passphrase means the data is lost."
)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this module's commands to the parser."""
    init = sub.add_parser("init", help="create the vault of this home folder")
    init.add_argument("--role", choices=("monitor", "coordinator", "hub"), required=True)
    init.set_defaults(handler=_init)

    passphrase = sub.add_parser("passphrase", help="change the passphrase, or set a new one with the recovery key")
    actions = passphrase.add_subparsers(dest="passphrase_command", parser_class=type(passphrase), required=True)
    change = actions.add_parser("change", help="old passphrase from the usual source, new one from --new-passphrase-file")
    change.add_argument("--new-passphrase-file", metavar="FILE", help="read the new passphrase from FILE")
    change.set_defaults(handler=_change)
    recover = actions.add_parser("recover", help="set a new passphrase with the recovery key")
    recover.add_argument("--recovery-key-file", metavar="FILE", help="read the recovery key from FILE")
    recover.add_argument("--new-passphrase-file", metavar="FILE", help="read the new passphrase from FILE")
    recover.set_defaults(handler=_recover)

    status = sub.add_parser("status", help="monitor: counts; coordinator: interviews, devices, bundles, periods")
    status.add_argument("--json", action="store_true", help="print JSON")
    status.set_defaults(handler=_status)

    audit = sub.add_parser("audit", help="the event log (never answers)")
    audit.add_argument("--json", action="store_true", help="print JSON Lines: id, day, event, detail, data")
    audit.set_defaults(handler=_audit)


def _init(args: argparse.Namespace) -> int:
    from napsurvey.services import session as services  # noqa: PLC0415 - loaded when used (start-up time)

    home = home_from(args)
    if services.vault_exists(home):
        raise NapError(ErrorCode.VAULT_EXISTS)
    passphrase = passphrase_from(args, confirm=True, prompt="New passphrase: ")
    result = services.create_vault(home, args.role, passphrase)
    print(f"Created a {result.role} vault.")
    print(f"Device fingerprint: {result.fingerprint}")
    print()
    print(RECOVERY_WARNING)
    print()
    print(f"Recovery key: {result.recovery_key}")
    return 0


def _change(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        old = passphrase_from(args)
        new = new_passphrase_from(args)
        session.change_passphrase(old, new)
    print("Passphrase changed.")
    return 0


def _recover(args: argparse.Namespace) -> int:
    from napsurvey.services import session as services  # noqa: PLC0415 - loaded when used (start-up time)

    home = home_from(args)
    if not services.vault_exists(home):
        raise NapError(ErrorCode.VAULT_NOT_FOUND)
    if args.recovery_key_file:
        key = read_secret_file(args.recovery_key_file)
    elif sys.stdin.isatty():
        import getpass  # noqa: PLC0415

        key = getpass.getpass("Recovery key: ")
    else:
        raise NapError(ErrorCode.CLI_USAGE, reason="give the recovery key with --recovery-key-file or in a terminal")
    new = new_passphrase_from(args)
    services.recover(home, key, new).lock()
    print("New passphrase set.")
    return 0


def _status(args: argparse.Namespace) -> int:
    from napsurvey.cli.coordinator_text import status_lines  # noqa: PLC0415 - loaded when used (start-up time)
    from napsurvey.services.coordinator_status import CoordinatorStatus, status_of  # noqa: PLC0415 - loaded when used

    with open_session(args) as session:
        status = status_of(session)
        training = None if isinstance(status, CoordinatorStatus) else session.training()
    if args.json:
        data = status.model_dump(mode="json")
        if not isinstance(status, CoordinatorStatus):
            data["training"] = {"date": training.day.isoformat(), "supervisor_code": training.supervisor_code} if training else None
        print(json.dumps(data, sort_keys=True))
        return 0
    if isinstance(status, CoordinatorStatus):
        print("\n".join(status_lines(status)))
        return 0
    print(f"role: {status.role}")
    print(f"fingerprint: {status.fingerprint}")
    print(f"drafts: {status.drafts}")
    for form_id, count in sorted(status.completed_by_form.items()):
        print(f"completed {form_id}: {count}")
    print(f"not exported: {status.not_exported}")
    print(f"last export: {status.last_export_day or 'never'}")
    trained = f"signed off on {training.day.isoformat()} ({training.supervisor_code})" if training else "not signed off"
    print(f"training: {trained}")
    return 0


def _audit(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        events = session.audit()
    for event in events:
        if args.json:
            print(json.dumps(event.model_dump(mode="json"), sort_keys=True))
        else:
            print(f"{event.day}  {event.event}  {event.detail}".rstrip())
    return 0
