"""Command: ``training sign-off`` - the training gate of sensitive questionnaires (WHO recommendation 7).

The same service as the desktop's sign-off dialog: the supervisor's code has
a fixed form (2 to 5 letters, a hyphen, 1 to 6 digits: ``SUP-07``), the day
is today or before. Sensitive questionnaires then start, from the desktop and
for back-entry (``napsurvey interview``) alike, once their kit is installed.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from napsurvey.cli.passphrase import open_session


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this module's commands to the parser."""
    training = sub.add_parser("training", help="the monitor's training sign-off (sensitive questionnaires need it)")
    actions = training.add_subparsers(dest="training_command", parser_class=type(training), required=True)
    sign_off = actions.add_parser(
        "sign-off", help="record the training sign-off: the supervisor's code (e.g. SUP-07) and the day"
    )
    sign_off.add_argument("--supervisor", metavar="CODE", required=True,
                          help="the supervisor's code: 2-5 letters, a hyphen, 1-6 digits, e.g. SUP-07")
    sign_off.add_argument("--date", metavar="YYYY-MM-DD", help="the day of the training (default: today)")
    sign_off.set_defaults(handler=_sign_off)


def _sign_off(args: argparse.Namespace) -> int:
    from napsurvey.services import session as services  # noqa: PLC0415 - loaded when used (start-up time)

    day = services.training_day(args.date) if args.date else date.today()
    with open_session(args) as session:
        session.sign_off_training(day, args.supervisor)
        training = session.training()
    assert training is not None
    print(f"Training signed off on {training.day.isoformat()} by supervisor {training.supervisor_code}.")
    print("Sensitive questionnaires now open once their coordinator's kit is installed.")
    return 0
